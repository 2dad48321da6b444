package vn.openprovince.signature.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;

/** Reading and fingerprinting X.509 certificates (DER or PEM). */
final class Certificates {

    private Certificates() {
    }

    /** Parses one certificate, DER or PEM; anything else is {@code SIGNATURE_INVALID_CERTIFICATE}. */
    static X509Certificate parse(byte[] encoded) {
        try {
            var factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(encoded));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SignatureException(SignatureError.SIGNATURE_INVALID_CERTIFICATE, e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(X509Certificate certificate) {
        return sha256(encoded(certificate));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(X509Certificate certificate) {
        var base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN CERTIFICATE-----\n" + base64.encodeToString(encoded(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }
}
