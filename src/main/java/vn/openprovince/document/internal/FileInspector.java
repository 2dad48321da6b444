package vn.openprovince.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/**
 * Checks an upload before anything is stored: present, within the size limit, really a PDF (or a
 * DOCX where drafts allow it), readable and not encrypted; extracts its text for search.
 */
@Component
class FileInspector {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DOCX_TEXT = Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>");
    private static final Pattern DOCX_PARAGRAPH_END = Pattern.compile("</w:p>");

    private final DocumentSettings settings;

    FileInspector(DocumentSettings settings) {
        this.settings = settings;
    }

    /** A PDF only: incoming documents are scans or signed PDFs. */
    InspectedFile pdf(String fileName, byte[] content) {
        checkPresentAndSize(content);
        if (!startsWith(content, PDF_MAGIC)) {
            throw new DocumentException(DocumentError.DOC_NOT_A_PDF);
        }
        return inspectPdf(fileName, content);
    }

    /** A PDF or a DOCX: drafts may be edited in a word processor until they are signed. */
    InspectedFile pdfOrDocx(String fileName, byte[] content) {
        checkPresentAndSize(content);
        if (startsWith(content, PDF_MAGIC)) {
            return inspectPdf(fileName, content);
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            String text = docxText(content);
            if (text != null) {
                return new InspectedFile(name(fileName, ".docx"), InspectedFile.DOCX, content, sha256(content), null, text);
            }
        }
        throw new DocumentException(DocumentError.DOC_UNSUPPORTED_FILE);
    }

    private void checkPresentAndSize(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentException(DocumentError.DOC_MISSING_FILE);
        }
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new DocumentException(DocumentError.DOC_FILE_TOO_LARGE, settings.maxFileSize().toMegabytes());
        }
    }

    private InspectedFile inspectPdf(String fileName, byte[] content) {
        try (var document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new DocumentException(DocumentError.DOC_ENCRYPTED_PDF);
            }
            String text = new PDFTextStripper().getText(document).strip();
            return new InspectedFile(name(fileName, ".pdf"), InspectedFile.PDF, content, sha256(content),
                    document.getNumberOfPages(), text);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(DocumentError.DOC_ENCRYPTED_PDF);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException known) {
                throw known;
            }
            throw new DocumentException(DocumentError.DOC_CORRUPT_PDF);
        }
    }

    /** The text of word/document.xml, or {@code null} when the zip is not a Word document. */
    private static String docxText(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    xml = DOCX_PARAGRAPH_END.matcher(xml).replaceAll("\n</w:p>");
                    var text = new StringBuilder();
                    var matcher = DOCX_TEXT.matcher(xml);
                    while (matcher.find()) {
                        text.append(matcher.group(1)).append(' ');
                    }
                    return text.toString().strip();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String name(String fileName, String extension) {
        if (fileName == null || fileName.isBlank()) {
            return "van-ban" + extension;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
