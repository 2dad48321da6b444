package vn.openprovince.payment.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentMethod;
import vn.openprovince.printing.PdfDocumentWriter;

/**
 * Biên lai thu phí, lệ phí: the receipt of a paid obligation, A4 portrait with the national title, the agency, the
 * dossier code, the items and the total in figures and in words.
 */
final class ReceiptPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    /** Decree 30: left 30 mm, right, top and bottom 20 mm. */
    private static final PdfDocumentWriter.Margins MARGINS = new PdfDocumentWriter.Margins(85, 57, 57, 57);

    private ReceiptPdf() {
    }

    /**
     * @param sandbox whether it was paid through the sandbox gateway: the receipt then says it is not a real payment
     */
    static byte[] render(Obligation obligation, String agencyName, String payerName, boolean sandbox) {
        try (var pdf = PdfDocumentWriter.a4Portrait(MARGINS, 6)) {
            var font = pdf.regular();
            var bold = pdf.bold();
            pdf.nationalHeader(agencyName, null, null);
            pdf.centered(bold, 15, "BIÊN LAI THU PHÍ, LỆ PHÍ");
            pdf.centered(font, 12, "Số: " + obligation.receiptNumber());
            if (sandbox) {
                pdf.centered(bold, 12, "MÔI TRƯỜNG THỬ NGHIỆM — KHÔNG PHẢI THANH TOÁN THẬT");
            }
            pdf.gap(8);
            pdf.line(font, 12, "Mã số hồ sơ: " + obligation.dossierCode());
            pdf.line(font, 12, "Người nộp: " + payerName);
            pdf.line(font, 12, "Hình thức thanh toán: " + method(obligation.method()));
            pdf.line(font, 12, "Mã giao dịch: " + obligation.reference());
            pdf.line(font, 12, "Thời điểm thanh toán: " + TIME.format(obligation.paidAt().atZone(VIETNAM)));
            pdf.gap(8);
            amountLine(pdf, bold, "Khoản thu", "Số tiền");
            int n = 1;
            for (FeeItem item : obligation.items()) {
                var lines = PdfDocumentWriter.wrap(font, 12, n++ + ". " + item.name(), pdf.width() - 120);
                for (int i = 0; i < lines.size(); i++) {
                    amountLine(pdf, font, lines.get(i), i == 0 ? Money.vnd(item.amount()) : "");
                }
            }
            amountLine(pdf, bold, "Tổng cộng", Money.vnd(obligation.total()));
            pdf.gap(4);
            pdf.paragraph(font, 12, "Số tiền bằng chữ: " + Money.inWords(obligation.total()) + ".");
            pdf.gap(16);
            pdf.paragraph(font, 10, "Biên lai điện tử do hệ thống OpenProvince lập khi khoản thu được xác nhận; tra cứu "
                    + "hồ sơ theo mã số hồ sơ trên Cổng dịch vụ công.");
            return pdf.toBytes();
        }
    }

    /** The label on the left, the amount ending at the right margin. */
    private static void amountLine(PdfDocumentWriter pdf, PDType0Font font, String label, String amount) {
        pdf.text(font, 12, pdf.right() - PdfDocumentWriter.widthOf(font, 12, amount), amount);
        pdf.line(font, 12, label);
    }

    private static String method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> "Chuyển khoản ngân hàng (VietQR)";
            case SANDBOX_GATEWAY -> "Cổng thanh toán thử nghiệm";
            case GATEWAY -> "Cổng thanh toán trực tuyến";
        };
    }
}
