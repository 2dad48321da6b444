package vn.openprovince.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.openprovince.printing.PdfDocumentWriter;

/**
 * The one-stop-shop forms of Circular 03/2025 Appendix I (01 to 05) as A4 PDFs in the Decree 30 layout: agency
 * block and national title, number (the dossier code), place and date, title, content, the issuing officer, and a
 * QR code to the public look-up.
 */
@Component
class FormPdfs {

    /** Decree 30: left 30 mm, right, top and bottom 20 mm. */
    private static final PdfDocumentWriter.Margins MARGINS = new PdfDocumentWriter.Margins(85, 57, 57, 57);
    private static final float SIZE = 12;
    private static final Locale VI = Locale.forLanguageTag("vi");

    byte[] render(String title, String form, Map<String, Object> c, String lookupUrl) {
        try (var pdf = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            var writer = new Writer(pdf);
            writer.header(text(c, "agencyName"), "Mẫu số " + form, "Số: " + text(c, "code"),
                    text(c, "place") + ", " + text(c, "dateLine"));
            writer.gap(12);
            writer.centered(14, title.toUpperCase(VI));
            writer.gap(8);
            writer.paragraph(false, "Mã hồ sơ: " + text(c, "code"));
            writer.paragraph(false, "Thủ tục hành chính: " + text(c, "procedure"));
            writer.paragraph(false, "Người nộp hồ sơ: " + text(c, "applicant")
                    + (text(c, "applicantContact").isEmpty() ? "" : " (" + text(c, "applicantContact") + ")"));
            switch (form) {
                case "01" -> {
                    writer.paragraph(false, "Thời điểm tiếp nhận: " + text(c, "receivedAt"));
                    writer.paragraph(false, "Thời hạn giải quyết theo quy định: " + text(c, "processingTime"));
                    writer.paragraph(true, "Ngày hẹn trả kết quả: " + text(c, "appointmentDate"));
                    writer.paragraph(false, "Cơ quan giải quyết: " + text(c, "competentAgencyName"));
                    writer.paragraph(false, "Thành phần hồ sơ đã nhận:");
                    numbered(writer, list(c, "components"));
                }
                case "02" -> {
                    writer.paragraph(false, "Hồ sơ cần được bổ sung, hoàn thiện đầy đủ các nội dung sau (hướng dẫn một "
                            + "lần, đầy đủ):");
                    List<String> items = new ArrayList<>();
                    for (Object item : list(c, "items")) {
                        if (item instanceof Map<?, ?> map) {
                            items.add(map.get("label") + ": " + map.get("reason"));
                        }
                    }
                    numbered(writer, items);
                    if (!text(c, "guidance").isEmpty()) {
                        writer.paragraph(false, "Hướng dẫn: " + text(c, "guidance"));
                    }
                    writer.paragraph(false, "Mã hồ sơ không thay đổi khi bổ sung. Thời gian bổ sung không tính vào thời "
                            + "hạn giải quyết.");
                }
                case "03" -> {
                    writer.paragraph(false, "Cơ quan, đơn vị không tiếp nhận giải quyết hồ sơ vì các lý do sau:");
                    numbered(writer, list(c, "reasons"));
                }
                case "04" -> {
                    writer.paragraph(false, "Cơ quan giải quyết: " + text(c, "competentAgencyName"));
                    writer.paragraph(false, "Ngày hẹn trả kết quả trước đây: " + text(c, "previousAppointmentDate"));
                    writer.paragraph(false, "Lý do chậm giải quyết: " + text(c, "reason"));
                    writer.paragraph(false, "Cơ quan, đơn vị thành thật xin lỗi ông/bà vì sự chậm trễ và hẹn lại ngày "
                            + "trả kết quả.");
                    writer.paragraph(true, "Ngày hẹn trả kết quả mới: " + text(c, "appointmentDate"));
                }
                case "05" -> {
                    writer.paragraph(false, "Cơ quan, đơn vị thông báo dừng giải quyết hồ sơ nêu trên.");
                    writer.paragraph(false, "Lý do: " + text(c, "reason"));
                }
                default -> throw new IllegalArgumentException("unknown form " + form);
            }
            writer.paragraph(false, "Thời điểm lập phiếu: " + text(c, "issuedAt"));
            writer.gap(10);
            pdf.signature("NGƯỜI LẬP PHIẾU", text(c, "officer"));
            pdf.qrCode(lookupUrl, "Tra cứu tình trạng hồ sơ:");
            return pdf.toBytes();
        }
    }

    /**
     * Kết quả giải quyết TTHC: the result document generated from the simple template (agency block, number = the
     * dossier code, title, procedure, applicant, the decision text, the signer's block and the QR code to the public
     * verification page). The signer's name line is where the personal signature is placed.
     */
    byte[] result(Map<String, Object> c, String verificationUrl) {
        try (var pdf = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            var writer = new Writer(pdf);
            boolean refusal = Boolean.TRUE.equals(c.get("refusal"));
            writer.header(text(c, "agencyName"), refusal ? "Văn bản trả lời" : "Kết quả điện tử",
                    "Số: " + text(c, "code"), text(c, "place") + ", " + text(c, "dateLine"));
            writer.gap(12);
            if (refusal) {
                writer.centered(14, "VĂN BẢN TRẢ LỜI");
                writer.centered(12, "Về việc không giải quyết hồ sơ thủ tục hành chính");
            } else {
                writer.centered(14, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            }
            writer.gap(8);
            writer.paragraph(false, "Mã hồ sơ: " + text(c, "code"));
            writer.paragraph(false, "Thủ tục hành chính: " + text(c, "procedure"));
            writer.paragraph(false, "Người yêu cầu: " + text(c, "applicant"));
            writer.paragraph(false, "Cơ quan giải quyết: " + text(c, "agencyName"));
            if (refusal) {
                writer.paragraph(false, "Sau khi xem xét, cơ quan có thẩm quyền không giải quyết hồ sơ nêu trên"
                        + " vì các lý do sau:");
            } else {
                writer.paragraph(true, "Nội dung giải quyết:");
            }
            for (String line : text(c, "decision").split("\\R")) {
                writer.paragraph(false, line);
            }
            writer.paragraph(false, "Mã xác thực kết quả: " + text(c, "verificationCode"));
            writer.gap(10);
            pdf.signature(text(c, "signerPosition").toUpperCase(VI), text(c, "signer"));
            pdf.qrCode(verificationUrl, "Xác thực kết quả điện tử:");
            return pdf.toBytes();
        }
    }

    private static void numbered(Writer writer, List<?> items) {
        int n = 1;
        for (Object item : items) {
            writer.paragraph(false, "    " + n++ + ". " + item);
        }
    }

    private static String text(Map<String, Object> c, String key) {
        Object value = c.get(key);
        return value == null ? "" : value.toString();
    }

    private static List<?> list(Map<String, Object> c, String key) {
        return c.get(key) instanceof List<?> list ? list : List.of();
    }

    /** The forms' few kinds of lines, in the form's font size. */
    private record Writer(PdfDocumentWriter pdf) {

        /** The form's number above the Decree 30 header, on the right. */
        void header(String agency, String formNumber, String number, String placeAndDate) {
            pdf.text(pdf.regular(), 10, pdf.right() - PdfDocumentWriter.widthOf(pdf.regular(), 10, formNumber),
                    formNumber);
            pdf.gap(16);
            pdf.nationalHeader(agency, number, placeAndDate);
        }

        void centered(float size, String text) {
            pdf.centered(pdf.bold(), size, text);
        }

        void paragraph(boolean strong, String text) {
            pdf.paragraph(strong ? pdf.bold() : pdf.regular(), SIZE, text);
        }

        void gap(float points) {
            pdf.gap(points);
        }
    }
}
