package vn.openprovince.signature.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;

/**
 * The checks every uploaded or handed-in PDF passes before it is signed or validated: present, not
 * too large, really a PDF, not encrypted; for signing also free of JavaScript.
 */
final class PdfInput {

    private static final byte[] HEADER = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** PDF readers accept the header within the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;

    private PdfInput() {
    }

    /** Opens the PDF for reading after the checks; the caller closes it. */
    static PDDocument open(byte[] pdf, long maxBytes) {
        if (pdf == null || pdf.length == 0) {
            throw new SignatureException(SignatureError.SIGNATURE_EMPTY_FILE);
        }
        if (pdf.length > maxBytes) {
            throw new SignatureException(SignatureError.SIGNATURE_FILE_TOO_LARGE, maxBytes / (1024 * 1024));
        }
        if (!hasHeader(pdf)) {
            throw new SignatureException(SignatureError.SIGNATURE_NOT_A_PDF);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new SignatureException(SignatureError.SIGNATURE_PDF_ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new SignatureException(SignatureError.SIGNATURE_NOT_A_PDF, e);
        }
        if (document.isEncrypted()) {
            close(document);
            throw new SignatureException(SignatureError.SIGNATURE_PDF_ENCRYPTED);
        }
        if (document.getNumberOfPages() == 0) {
            close(document);
            throw new SignatureException(SignatureError.SIGNATURE_NOT_A_PDF);
        }
        return document;
    }

    /** Opens a PDF to be signed: also refuses active content, which a signature would vouch for. */
    static PDDocument openForSigning(byte[] pdf, long maxBytes) {
        var document = open(pdf, maxBytes);
        if (hasJavaScript(document)) {
            close(document);
            throw new SignatureException(SignatureError.SIGNATURE_PDF_HAS_JAVASCRIPT);
        }
        return document;
    }

    /** Checks without keeping the document open. */
    static void check(byte[] pdf, long maxBytes) {
        close(open(pdf, maxBytes));
    }

    private static boolean hasHeader(byte[] pdf) {
        int limit = Math.min(pdf.length - HEADER.length, HEADER_WINDOW);
        for (int i = 0; i <= limit; i++) {
            if (java.util.Arrays.equals(pdf, i, i + HEADER.length, HEADER, 0, HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    /** Document-level scripts, an opening action or page/annotation actions of type JavaScript. */
    private static boolean hasJavaScript(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.getCOSDictionary(COSName.NAMES) != null
                && catalog.getCOSDictionary(COSName.NAMES).containsKey(COSName.JAVA_SCRIPT)) {
            return true;
        }
        if (isJavaScript(catalog.getDictionaryObject(COSName.OPEN_ACTION)) || catalog.containsKey(COSName.AA)) {
            return true;
        }
        for (var page : document.getPages()) {
            if (page.getCOSObject().containsKey(COSName.AA)) {
                return true;
            }
            try {
                for (var annotation : page.getAnnotations()) {
                    var dictionary = annotation.getCOSObject();
                    if (isJavaScript(dictionary.getDictionaryObject(COSName.A)) || dictionary.containsKey(COSName.AA)) {
                        return true;
                    }
                }
            } catch (IOException e) {
                throw new SignatureException(SignatureError.SIGNATURE_NOT_A_PDF, e);
            }
        }
        return false;
    }

    private static boolean isJavaScript(Object action) {
        return action instanceof COSDictionary dictionary
                && COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S));
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // read-only, in memory: nothing to lose
        }
    }
}
