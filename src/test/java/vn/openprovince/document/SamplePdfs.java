package vn.openprovince.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/** Documents made at test time: PDFs with Vietnamese text (Liberation Serif embedded), scans, DOCX. */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    /** A one-page PDF whose text layer holds the lines. */
    public static byte[] withText(String... lines) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (var in = new ClassPathResource("liberation/LiberationSerif-Regular.ttf").getInputStream()) {
                font = PDType0Font.load(document, in);
            }
            try (var content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(font, 13);
                    content.newLineAtOffset(70, y);
                    content.showText(line);
                    content.endText();
                    y -= 20;
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An outgoing document laid out like Decree 30's: the lines on the left, the signature block
     * ("TM. ỦY BAN NHÂN DÂN", position, room for the signature, name) on the right.
     */
    public static byte[] letter(String position, String signerName, String... lines) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (var in = new ClassPathResource("liberation/LiberationSerif-Regular.ttf").getInputStream()) {
                font = PDType0Font.load(document, in);
            }
            try (var content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : lines) {
                    show(content, font, 70, y, line);
                    y -= 20;
                }
                show(content, font, 70, 440, "Nơi nhận:");
                show(content, font, 360, 440, "TM. ỦY BAN NHÂN DÂN");
                show(content, font, 395, 424, position);
                show(content, font, 380, 330, signerName);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream content, PDType0Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 13);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A scan: a page with marks drawn but no text layer. */
    public static byte[] scanned() {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 12; i++) {
                    content.addRect(70, 760 - i * 22, 300 + (i % 3) * 60, 8);
                }
                content.fill();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encrypted() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal Word document with one paragraph. */
    public static byte[] docx(String text) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""").formatted(text)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
