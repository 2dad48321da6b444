package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;

/**
 * The signature module's own signing and validation, without Spring and the database, for the benchmarks
 * (which live in another package): a PKCS#12 keystore made on the spot and held unlocked as
 * {@link Pkcs12Devices} holds it (or opened for every signature, to show what that costs), a one-page
 * Decree 30 letter, and offline validation against a trusted root.
 */
public final class SignatureBench {

    private static final String SIGNER = "Bùi Văn Khánh";
    private static final char[] PASSWORD = "benchmark-only".toCharArray();

    private final PadesSigning signing = new PadesSigning();
    private final PadesValidation validation = new PadesValidation();
    private final UnlockedKeys unlocked = new UnlockedKeys(Pkcs12Devices.UNLOCKED_FOR, 10, java.time.Clock.systemUTC());
    private final java.util.UUID credentialId = java.util.UUID.randomUUID();
    private final SignatureLayout layout = new SignatureLayout(SignatureSettings.defaults());
    private final byte[] keystore;
    private final byte[] letter;
    private final byte[] signatureImage;
    private final Appearance appearance;
    private final CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    private final byte[] signed;

    public SignatureBench() {
        quietLogging();
        var root = CertificateAuthority.root("Benchmark Root CA", Duration.ofDays(30));
        var key = root.issuingAuthority("Benchmark Issuing CA", Duration.ofDays(20))
                .issueSigner(SIGNER, "Ủy ban nhân dân tỉnh Hòa Bình", Duration.ofDays(10));
        keystore = key.toPkcs12("signer", PASSWORD);
        trusted.addCertificate(new CertificateToken(root.certificate()));
        letter = SampleDocuments.outgoingLetter("CHỦ TỊCH", SIGNER);
        // As the image store keeps it (a palette PNG when the pixels allow).
        byte[] uploaded = DemoImages.signature(SIGNER);
        try {
            signatureImage = PalettePng.compact(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(uploaded)),
                    uploaded);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var document = Loader.loadPDF(letter)) {
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(signatureImage));
            var box = layout.personalSignature(document, SIGNER, (float) image.getWidth() / image.getHeight());
            appearance = Appearance.image(1, box, signatureImage);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        signed = sign(true, false);
        var simple = validate().getSimpleReport();
        if (simple.getIndication(simple.getFirstSignatureId()) != Indication.TOTAL_PASSED) {
            throw new IllegalStateException("the benchmark's signature does not validate: "
                    + simple.getAdESValidationErrors(simple.getFirstSignatureId()));
        }
    }

    /**
     * The application's log levels ({@code logging.level.eu.europa.esig.dss=ERROR} in application.properties):
     * without Spring, logback would print DSS's lines for every signature and validation and the benchmark
     * would measure the console.
     */
    private static void quietLogging() {
        var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        context.getLogger("eu.europa.esig.dss").setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    /**
     * One PAdES-BASELINE-B signature of the letter, with the signature image when {@code visible}; with the key
     * held unlocked as the platform holds it, or with the keystore opened for this signature alone.
     */
    public byte[] sign(boolean visible, boolean openKeystore) {
        try (var device = openKeystore ? openKeystore() : unlocked.device(credentialId, this::openKeystore)) {
            return signing.sign(letter, device, visible ? appearance : null, Instant.now(), "Ký số văn bản");
        }
    }

    private KeyStoreDevice openKeystore() {
        return KeyStoreDevice.firstKeyOf(new Pkcs12SignatureToken(keystore, new KeyStore.PasswordProtection(PASSWORD)));
    }

    /** Validates the signed letter offline (no CRL, OCSP or AIA fetching). */
    public Reports validate() {
        return validation.validate(signed, trusted);
    }
}
