package vn.openprovince.payment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentMethod;

/**
 * Biên lai thu phí, lệ phí: the receipt of a paid obligation, A4 portrait with the national title, the agency, the
 * dossier code, the items and the total in figures and in words. Same PDFBox approach and embedded Liberation Serif
 * (Times-compatible, Vietnamese glyphs) as the document module's registers.
 */
final class ReceiptPdf {

    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final float MARGIN_LEFT = 85; // 30 mm, Decree 30
    private static final float MARGIN_RIGHT = 57; // 20 mm

    private ReceiptPdf() {
    }

    /**
     * @param sandbox whether it was paid through the sandbox gateway: the receipt then says it is not a real payment
     */
    static byte[] render(Obligation obligation, String agencyName, String payerName, boolean sandbox) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, FONT);
            PDType0Font bold = load(document, FONT_BOLD);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = PDRectangle.A4.getWidth();
            float right = width - MARGIN_RIGHT;
            try (var content = new PDPageContentStream(document, page)) {
                var writer = new Writer(content, PDRectangle.A4.getHeight() - 57);
                writer.centered(bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", width);
                writer.centered(bold, 12, "Độc lập - Tự do - Hạnh phúc", width);
                writer.space(10);
                writer.line(bold, 12, MARGIN_LEFT, agencyName.toUpperCase(java.util.Locale.ROOT));
                writer.space(10);
                writer.centered(bold, 15, "BIÊN LAI THU PHÍ, LỆ PHÍ", width);
                writer.centered(font, 12, "Số: " + obligation.receiptNumber(), width);
                if (sandbox) {
                    writer.centered(bold, 12, "MÔI TRƯỜNG THỬ NGHIỆM — KHÔNG PHẢI THANH TOÁN THẬT", width);
                }
                writer.space(8);
                writer.line(font, 12, MARGIN_LEFT, "Mã số hồ sơ: " + obligation.dossierCode());
                writer.line(font, 12, MARGIN_LEFT, "Người nộp: " + payerName);
                writer.line(font, 12, MARGIN_LEFT, "Hình thức thanh toán: " + method(obligation.method()));
                writer.line(font, 12, MARGIN_LEFT, "Mã giao dịch: " + obligation.reference());
                writer.line(font, 12, MARGIN_LEFT, "Thời điểm thanh toán: "
                        + TIME.format(obligation.paidAt().atZone(VIETNAM)));
                writer.space(8);
                writer.row(bold, 12, MARGIN_LEFT, right, "Khoản thu", "Số tiền");
                int n = 1;
                for (FeeItem item : obligation.items()) {
                    var lines = wrap(font, 12, n++ + ". " + item.name(), right - MARGIN_LEFT - 120);
                    for (int i = 0; i < lines.size(); i++) {
                        writer.row(font, 12, MARGIN_LEFT, right, lines.get(i), i == 0 ? Money.vnd(item.amount()) : "");
                    }
                }
                writer.row(bold, 12, MARGIN_LEFT, right, "Tổng cộng", Money.vnd(obligation.total()));
                writer.space(4);
                for (String line : wrap(font, 12, "Số tiền bằng chữ: " + Money.inWords(obligation.total()) + ".",
                        right - MARGIN_LEFT)) {
                    writer.line(font, 12, MARGIN_LEFT, line);
                }
                writer.space(16);
                for (String line : wrap(font, 10, "Biên lai điện tử do hệ thống OpenProvince lập khi khoản thu được "
                        + "xác nhận; tra cứu hồ sơ theo mã số hồ sơ trên Cổng dịch vụ công.", right - MARGIN_LEFT)) {
                    writer.line(font, 10, MARGIN_LEFT, line);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> "Chuyển khoản ngân hàng (VietQR)";
            case SANDBOX_GATEWAY -> "Cổng thanh toán thử nghiệm";
            case GATEWAY -> "Cổng thanh toán trực tuyến";
        };
    }

    private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
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

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** Writes lines top down. */
    private static final class Writer {
        private final PDPageContentStream content;
        private float y;

        Writer(PDPageContentStream content, float y) {
            this.content = content;
            this.y = y;
        }

        void line(PDType0Font font, float size, float x, String text) throws IOException {
            show(font, size, x, text);
            y -= size + 6;
        }

        void centered(PDType0Font font, float size, String text, float pageWidth) throws IOException {
            float textWidth = font.getStringWidth(text) / 1000 * size;
            line(font, size, (pageWidth - textWidth) / 2, text);
        }

        void row(PDType0Font font, float size, float left, float right, String label, String amount) throws IOException {
            show(font, size, left, label);
            if (!amount.isEmpty()) {
                show(font, size, right - font.getStringWidth(amount) / 1000 * size, amount);
            }
            y -= size + 6;
        }

        void space(float points) {
            y -= points;
        }

        private void show(PDType0Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(text);
            content.endText();
        }
    }
}
