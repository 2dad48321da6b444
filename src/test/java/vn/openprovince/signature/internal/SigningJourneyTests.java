package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.CopyForm;
import vn.openprovince.signature.DocumentSigner;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureResult.Indication;
import vn.openprovince.signature.SignatureValidator;
import vn.openprovince.signature.device.Signatory;

/**
 * The leader signs, then the records office applies the agency signature, with the demo PKI made at
 * start-up; the result is checked by DSS, by rendering the page, and by poppler's pdfsig.
 */
@SpringBootTest
class SigningJourneyTests {

    @Autowired
    DocumentSigner signer;
    @Autowired
    SignatureValidator validator;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    TrustedCertificates trusted;
    @Autowired
    SigningCredentials credentials;
    @Autowired
    AuditTrail audit;

    @TempDir
    Path temp;

    @Test
    void leaderThenAgencyKeepBothSignaturesValidWithTheSealOverlappingTheSignature() throws IOException {
        var leader = official("lanhdao.tinh");
        byte[] letter = SampleDocuments.outgoingLetter("CHỦ TỊCH", leader.fullName());

        long start = System.nanoTime();
        byte[] personal = signer.signPersonal(letter, leader.id());
        byte[] sealed = signer.signAsAgency(personal, leader.agencyId());
        long signed = System.nanoTime();
        var report = validator.validate(sealed);
        long validated = System.nanoTime();
        System.out.printf("leader + agency signing %d ms, validation of two signatures %d ms%n",
                (signed - start) / 1_000_000, (validated - signed) / 1_000_000);

        assertThat(report.signatures()).hasSize(2).allSatisfy(signature ->
                assertThat(signature.indication()).as(signature.toString()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.signatures()).extracting(SignatureResult::signer)
                .containsExactlyInAnyOrder(leader.fullName(), leader.agencyName());
        assertThat(report.revocationChecked()).isFalse();

        try (var document = Loader.loadPDF(sealed)) {
            var page = document.getPage(document.getNumberOfPages() - 1);
            var boxes = signatureBoxes(page);
            assertThat(boxes).hasSize(2);
            var signature = boxes.get(0);
            var seal = boxes.get(1);
            // Between the position line (baseline 424 pt from the bottom) and the name line (330).
            float pageHeight = page.getMediaBox().getHeight();
            assertThat(signature.y()).isGreaterThan(pageHeight - 424);
            assertThat(signature.bottom()).isLessThan(pageHeight - 330);
            // The seal covers about the left third of the signature image.
            float overlap = seal.right() - signature.x();
            assertThat(overlap / signature.width()).isBetween(0.28f, 0.38f);
            assertThat(seal.centreY()).isCloseTo(signature.centreY(), org.assertj.core.data.Offset.offset(1f));

            float scale = 2;
            BufferedImage rendered = new PDFRenderer(document).renderImage(document.getNumberOfPages() - 1, scale);
            ImageIO.write(rendered, "png", Path.of("target", "leader-and-agency-signed.png").toFile());
            var overlapRegion = new Appearance.Rectangle(signature.x(), signature.y(), overlap, signature.height());
            var rightOfSeal = new Appearance.Rectangle(seal.right() + 2, signature.y(),
                    signature.right() - seal.right() - 2, signature.height());
            assertThat(count(rendered, overlapRegion, scale, SigningJourneyTests::isRed))
                    .as("red seal pixels over the signature image").isGreaterThan(200);
            assertThat(count(rendered, rightOfSeal, scale, SigningJourneyTests::isBlue))
                    .as("blue signature pixels beside the seal").isGreaterThan(200);
            assertThat(count(rendered, rightOfSeal, scale, SigningJourneyTests::isRed)).isZero();
        }

        var pdfsig = pdfsig(sealed, rootPem());
        assertThat(pdfsig).containsPattern("Signature #1:");
        assertThat(pdfsig).containsPattern("Signature #2:");
        assertThat(pdfsig.split("Signature Validation: Signature is Valid.", -1)).hasSize(3);
        assertThat(pdfsig.split("Certificate Validation: Certificate is Trusted.", -1)).hasSize(3);
    }

    @Test
    void aByteChangedInTheSignedRangeIsTotalFailed() {
        var leader = official("lanhdao.huyen");
        byte[] signed = signer.signPersonal(SampleDocuments.outgoingLetter("CHỦ TỊCH", leader.fullName()), leader.id());
        byte[] tampered = signed.clone();
        int stream = indexOf(tampered, "stream\n".getBytes(StandardCharsets.US_ASCII));
        tampered[stream + 20] ^= 0x01;

        var result = validator.validate(tampered).signatures().getFirst();

        assertThat(result.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(result.subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void aCertificateOutsideTheTrustStoreIsIndeterminate() {
        var root = CertificateAuthority.root("Untrusted Root CA", Duration.ofDays(30));
        var key = root.issuingAuthority("Untrusted Issuing CA", Duration.ofDays(20))
                .issueSigner("Người Lạ", "Không rõ", Duration.ofDays(10));
        char[] password = "test-only".toCharArray();
        byte[] signed;
        try (var device = KeyStoreDevice.firstKeyOf(new Pkcs12SignatureToken(key.toPkcs12("x", password),
                new KeyStore.PasswordProtection(password)))) {
            signed = new PadesSigning().sign(SampleDocuments.attachment(), device, null, Instant.now(), "test");
        }

        var result = validator.validate(signed).signatures().getFirst();

        assertThat(result.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(result.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void attachmentAndCopyCarryTheTextStampTopRightOfPageOne() throws IOException {
        var clerk = official("vanthu.tinh");
        byte[] attachment = signer.signAttachment(SampleDocuments.attachment(), clerk.agencyId(), "12/UBND-VP");
        byte[] copy = signer.signCopy(SampleDocuments.attachment(), clerk.agencyId(), CopyForm.SAO_Y);

        for (byte[] signed : List.of(attachment, copy)) {
            assertThat(validator.validate(signed).signatures()).singleElement()
                    .extracting(SignatureResult::indication).isEqualTo(Indication.TOTAL_PASSED);
            try (var document = Loader.loadPDF(signed)) {
                var page = document.getPage(0);
                var stamp = signatureBoxes(page).getFirst();
                float rightMargin = page.getMediaBox().getWidth() - stamp.right();
                assertThat(rightMargin).isCloseTo(15 * SignatureLayout.POINTS_PER_MM,
                        org.assertj.core.data.Offset.offset(1f));
                assertThat(stamp.y()).isLessThan(40);
            }
        }
        assertThat(pdfsig(copy, rootPem())).contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void theAgencySignsOnlyWhatTheCompetentPersonSigned() {
        var clerk = official("vanthu.xa");
        byte[] unsigned = SampleDocuments.outgoingLetter("CHỦ TỊCH", "Bạch Văn Long");

        assertThatThrownBy(() -> signer.signAsAgency(unsigned, clerk.agencyId()))
                .isInstanceOfSatisfying(SignatureException.class, e ->
                        assertThat(e.error()).isEqualTo(SignatureError.SIGNATURE_PERSONAL_SIGNATURE_MISSING));
    }

    @Test
    void badInputIsRefusedWithItsCode() throws IOException {
        var leader = official("lanhdao.xa");
        assertRefused(() -> signer.signPersonal("not a pdf".getBytes(StandardCharsets.UTF_8), leader.id()),
                SignatureError.SIGNATURE_NOT_A_PDF);
        assertRefused(() -> signer.signPersonal(encrypted(), leader.id()), SignatureError.SIGNATURE_PDF_ENCRYPTED);
        assertRefused(() -> signer.signPersonal(withJavaScript(), leader.id()), SignatureError.SIGNATURE_PDF_HAS_JAVASCRIPT);
        assertRefused(() -> validator.validate(new byte[0]), SignatureError.SIGNATURE_EMPTY_FILE);
        assertRefused(() -> signer.signPersonal(SampleDocuments.attachment(), java.util.UUID.randomUUID()),
                SignatureError.SIGNATURE_UNKNOWN_OFFICIAL);
    }

    @Test
    void aWrongKeystorePasswordIsAWrongPin() {
        var leader = official("lanhdao.tinh");
        var wrong = new Pkcs12Devices(credentials, audit,
                SignatureSettings.defaults().withKeystorePassword("not-the-password"), false);

        assertRefused(() -> wrong.open(Signatory.official(leader.id())), SignatureError.SIGNATURE_WRONG_PIN);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SignatureError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SignatureException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }

    private OfficialSummary official(String username) {
        return directory.officialByEmail(username + "@demo.openprovince.vn").orElseThrow();
    }

    private String rootPem() {
        return trusted.findAll().stream().map(TrustedCertificate::toX509)
                .filter(c -> c.getSubjectX500Principal().getName().contains(DemoSignatures.ROOT_NAME))
                .map(Certificates::pem).findFirst().orElseThrow();
    }

    /** Signature widget boxes of a page in the order they were added (top-left origin, points). */
    private static List<Appearance.Rectangle> signatureBoxes(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        float height = page.getMediaBox().getHeight();
        var boxes = new ArrayList<Appearance.Rectangle>();
        for (var annotation : page.getAnnotations()) {
            var box = annotation.getRectangle();
            if (box != null && box.getWidth() > 0) {
                boxes.add(new Appearance.Rectangle(box.getLowerLeftX(), height - box.getUpperRightY(), box.getWidth(),
                        box.getHeight()));
            }
        }
        return boxes;
    }

    private static int count(BufferedImage image, Appearance.Rectangle region, float scale,
                             java.util.function.IntPredicate colour) {
        int hits = 0;
        for (int x = (int) (region.x() * scale); x < (int) (region.right() * scale); x++) {
            for (int y = (int) (region.y() * scale); y < (int) (region.bottom() * scale); y++) {
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && colour.test(image.getRGB(x, y))) {
                    hits++;
                }
            }
        }
        return hits;
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 150 && g < 110 && b < 110;
    }

    private static boolean isBlue(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return b > 120 && r < 110 && g < 130;
    }

    /** Runs poppler's pdfsig, trusting the demo root through a fresh NSS database. */
    private String pdfsig(byte[] pdf, String rootPem) throws IOException {
        Path file = temp.resolve("signed-" + System.nanoTime() + ".pdf");
        Files.write(file, pdf);
        Path nss = temp.resolve("nss");
        if (!Files.exists(nss)) {
            Files.createDirectories(nss);
            Path root = temp.resolve("root.pem");
            Files.writeString(root, rootPem);
            run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
            run(List.of("certutil", "-A", "-d", "sql:" + nss, "-n", "demo-root", "-t", "C,C,C", "-i", root.toString()));
        }
        return run(List.of("pdfsig", "-nssdir", "sql:" + nss, file.toString()));
    }

    private static String run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command.getFirst() + " is missing: install poppler-utils and libnss3-tools "
                    + "(apt-get install -y poppler-utils libnss3-tools); .ci/run installs them", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] encrypted() throws IOException {
        try (var document = Loader.loadPDF(SampleDocuments.attachment())) {
            var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] withJavaScript() throws IOException {
        try (var document = Loader.loadPDF(SampleDocuments.attachment())) {
            var action = new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('x');");
            document.getDocumentCatalog().setOpenAction(action);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
