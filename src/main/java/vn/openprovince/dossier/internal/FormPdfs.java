package vn.openprovince.dossier.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one-stop-shop forms of Circular 03/2025 Appendix I (01 to 05) as A4 PDFs in the Decree 30 layout: agency
 * block and national title, number (the dossier code), place and date, title, content, the issuing officer, and a
 * QR code to the public look-up. Embedded Liberation Serif (Times-compatible, full Vietnamese), as the registers
 * of the document module use.
 */
@Component
class FormPdfs {

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final float MARGIN_LEFT = 85; // 30 mm
    private static final float MARGIN_RIGHT = 57; // 20 mm
    private static final float MARGIN_TOP = 57;
    private static final float SIZE = 12;
    private static final Locale VI = Locale.forLanguageTag("vi");

    byte[] render(String title, String form, Map<String, Object> c, String lookupUrl) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new Writer(document, load(document, FONT), load(document, FONT_BOLD));
            writer.header(text(c, "agencyName"), "Mẫu số " + form, "Số: " + text(c, "code"),
                    text(c, "place") + ", " + text(c, "dateLine"));
            writer.gap(12);
            writer.centered(true, 14, title.toUpperCase(VI));
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
            writer.signature("NGƯỜI LẬP PHIẾU", text(c, "officer"));
            writer.qr(lookupUrl);
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kết quả giải quyết TTHC: the result document generated from the simple template (agency block, number = the
     * dossier code, title, procedure, applicant, the decision text, the signer's block and the QR code to the public
     * verification page). The signer's name line is where the personal signature is placed.
     */
    byte[] result(Map<String, Object> c, String verificationUrl) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new Writer(document, load(document, FONT), load(document, FONT_BOLD));
            writer.header(text(c, "agencyName"), "Kết quả điện tử", "Số: " + text(c, "code"),
                    text(c, "place") + ", " + text(c, "dateLine"));
            writer.gap(12);
            writer.centered(true, 14, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            writer.gap(8);
            writer.paragraph(false, "Mã hồ sơ: " + text(c, "code"));
            writer.paragraph(false, "Thủ tục hành chính: " + text(c, "procedure"));
            writer.paragraph(false, "Người yêu cầu: " + text(c, "applicant"));
            writer.paragraph(false, "Cơ quan giải quyết: " + text(c, "agencyName"));
            writer.paragraph(true, "Nội dung giải quyết:");
            for (String line : text(c, "decision").split("\\R")) {
                writer.paragraph(false, line);
            }
            writer.paragraph(false, "Mã xác thực kết quả: " + text(c, "verificationCode"));
            writer.gap(10);
            writer.signature(text(c, "signerPosition").toUpperCase(VI), text(c, "signer"));
            writer.qr(verificationUrl, "Xác thực kết quả điện tử:");
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbered(Writer writer, List<?> items) throws IOException {
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

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** Writes top down on A4 pages, wrapping paragraphs to the width. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final PDType0Font bold;
        private final float width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDType0Font font, PDType0Font bold) throws IOException {
            this.document = document;
            this.font = font;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        }

        void header(String agency, String formNumber, String number, String dateLine) throws IOException {
            float left = MARGIN_LEFT;
            float leftWidth = width * 0.42f;
            float rightX = MARGIN_LEFT + width * 0.45f;
            float rightWidth = width * 0.55f;
            show(font, 10, MARGIN_LEFT + width - font.getStringWidth(formNumber) / 1000 * 10, y, formNumber);
            y -= 16;
            float top = y;
            List<String> agencyLines = wrap(bold, SIZE, agency.toUpperCase(VI), leftWidth);
            float ly = top;
            for (String line : agencyLines) {
                show(bold, SIZE, left + (leftWidth - bold.getStringWidth(line) / 1000 * SIZE) / 2, ly, line);
                ly -= SIZE + 3;
            }
            show(font, 11, left + (leftWidth - font.getStringWidth(number) / 1000 * 11) / 2, ly - 4, number);
            float ry = top;
            show(bold, SIZE, rightX + (rightWidth - bold.getStringWidth(NATION) / 1000 * SIZE) / 2, ry, NATION);
            ry -= SIZE + 3;
            show(bold, 13, rightX + (rightWidth - bold.getStringWidth(MOTTO) / 1000 * 13) / 2, ry, MOTTO);
            ry -= SIZE + 10;
            show(font, 11, rightX + (rightWidth - font.getStringWidth(dateLine) / 1000 * 11) / 2, ry, dateLine);
            y = Math.min(ly - 4, ry) - SIZE - 6;
        }

        void centered(boolean strong, float size, String text) throws IOException {
            PDType0Font f = strong ? bold : font;
            for (String line : wrap(f, size, text, width)) {
                room(size + 4);
                show(f, size, MARGIN_LEFT + (width - f.getStringWidth(line) / 1000 * size) / 2, y, line);
                y -= size + 4;
            }
        }

        void paragraph(boolean strong, String text) throws IOException {
            PDType0Font f = strong ? bold : font;
            for (String line : wrap(f, SIZE, text, width)) {
                room(SIZE + 5);
                show(f, SIZE, MARGIN_LEFT, y, line);
                y -= SIZE + 5;
            }
        }

        void gap(float points) {
            y -= points;
        }

        void signature(String role, String name) throws IOException {
            room(70);
            float x = MARGIN_LEFT + width * 0.55f;
            float w = width * 0.45f;
            show(bold, SIZE, x + (w - bold.getStringWidth(role) / 1000 * SIZE) / 2, y, role);
            y -= 50;
            String n = name == null ? "" : name;
            show(bold, SIZE, x + (w - bold.getStringWidth(n) / 1000 * SIZE) / 2, y, n);
            y -= SIZE + 10;
        }

        void qr(String url) throws IOException {
            qr(url, "Tra cứu tình trạng hồ sơ:");
        }

        void qr(String url, String caption) throws IOException {
            room(110);
            try {
                var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
                var bitmap = new java.awt.image.BufferedImage(matrix.getWidth(), matrix.getHeight(),
                        java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
                for (int py = 0; py < matrix.getHeight(); py++) {
                    for (int px = 0; px < matrix.getWidth(); px++) {
                        bitmap.setRGB(px, py, matrix.get(px, py) ? 0x000000 : 0xFFFFFF);
                    }
                }
                var image = LosslessFactory.createFromImage(document, bitmap);
                content.drawImage(image, MARGIN_LEFT, y - 85, 85, 85);
            } catch (WriterException e) {
                throw new IllegalStateException(e);
            }
            float textX = MARGIN_LEFT + 95;
            show(font, 10, textX, y - 30, caption);
            for (String line : wrap(font, 10, url, width - 95)) {
                show(font, 10, textX, y - 44, line);
                y -= 12;
            }
            y -= 90;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN_TOP) {
                newPage();
            }
        }

        private void show(PDType0Font f, float size, float x, float atY, String text) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(f, size);
            content.newLineAtOffset(x, atY - size);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }

        private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (String word : text.replace('\n', ' ').split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
