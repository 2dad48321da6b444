package vn.openprovince.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One-page documents laid out like Decree 30 outgoing documents, made at test time. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    /** A công văn of the province's People's Committee signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name". */
    static byte[] outgoingLetter(String position, String signerName) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var font = PDType0Font.load(document, new ByteArrayInputStream(PadesSigning.readFont()));
            try (var content = new PDPageContentStream(document, page)) {
                line(content, font, 13, 70, 790, "ỦY BAN NHÂN DÂN");
                line(content, font, 13, 320, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                line(content, font, 13, 70, 774, "TỈNH HÒA BÌNH");
                line(content, font, 13, 360, 774, "Độc lập - Tự do - Hạnh phúc");
                line(content, font, 13, 70, 750, "Số: 12/UBND-VP");
                line(content, font, 13, 330, 750, "Hòa Bình, ngày 05 tháng 02 năm 2026");
                line(content, font, 14, 85, 690, "Kính gửi: Các sở, ban, ngành tỉnh.");
                for (int i = 0; i < 8; i++) {
                    line(content, font, 14, 85, 650 - i * 20, "Nội dung văn bản, dòng " + (i + 1) + ".");
                }
                line(content, font, 12, 70, 440, "Nơi nhận:");
                line(content, font, 13, 360, 440, "TM. ỦY BAN NHÂN DÂN");
                line(content, font, 13, 395, 424, position);
                line(content, font, 13, 380, 330, signerName);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain one-page PDF without any signature block (an appendix in a separate file). */
    static byte[] attachment() {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var font = PDType0Font.load(document, new ByteArrayInputStream(PadesSigning.readFont()));
            try (var content = new PDPageContentStream(document, page)) {
                line(content, font, 14, 200, 700, "PHỤ LỤC");
                line(content, font, 13, 85, 660, "Danh sách kèm theo văn bản số 12/UBND-VP.");
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
