package vn.openprovince.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;

/**
 * Checks an uploaded component: PDF, JPEG or PNG only, detected from the bytes (Apache Tika's magic
 * numbers, the name is not consulted), the name's extension must say the same, and within the size limit.
 */
final class ComponentFiles {

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png");
    private static final Tika TIKA = new Tika();

    private ComponentFiles() {
    }

    static CheckedFile check(int component, MultipartFile upload, long maxBytes) {
        String field = "components[" + component + "]";
        String name = upload.getOriginalFilename() == null ? "tep" : upload.getOriginalFilename().strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (upload.getSize() > maxBytes) {
            throw DossierException.onField(field, DossierError.DOSSIER_FILE_TOO_LARGE, name, maxBytes / (1024 * 1024));
        }
        byte[] content;
        try {
            content = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(component, name, content, maxBytes);
    }

    static CheckedFile check(int component, String name, byte[] content, long maxBytes) {
        String field = "components[" + component + "]";
        if (content.length > maxBytes) {
            throw DossierException.onField(field, DossierError.DOSSIER_FILE_TOO_LARGE, name, maxBytes / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String expected = TYPES_BY_EXTENSION.get(extension);
        String detected = TIKA.detect(content);
        if (expected == null || !TYPES_BY_EXTENSION.containsValue(detected)) {
            throw DossierException.onField(field, DossierError.DOSSIER_FILE_TYPE_REFUSED, name);
        }
        if (!expected.equals(detected)) {
            throw DossierException.onField(field, DossierError.DOSSIER_FILE_CONTENT_MISMATCH, name);
        }
        return new CheckedFile(component, name.length() > 200 ? name.substring(name.length() - 200) : name, detected,
                content, sha256(content));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
