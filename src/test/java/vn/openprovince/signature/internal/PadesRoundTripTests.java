package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** PAdES-BASELINE-B signing and validation with DSS, keys made at test time. */
class PadesRoundTripTests {

    private static final char[] PASSWORD = "test-only".toCharArray();

    @Test
    void signedPdfValidatesAsTotalPassedAgainstItsTrustedRoot() {
        var root = CertificateAuthority.root("Test Root CA", Duration.ofDays(30));
        var issuing = root.issuingAuthority("Test Issuing CA", Duration.ofDays(20));
        var signer = issuing.issueSigner("Bùi Văn Khánh", "Ủy ban nhân dân tỉnh Hòa Bình", Duration.ofDays(10));
        var pdf = SampleDocuments.outgoingLetter("CHỦ TỊCH", "Bùi Văn Khánh");

        byte[] signed;
        long start = System.nanoTime();
        try (var device = KeyStoreDevice.firstKeyOf(new Pkcs12SignatureToken(signer.toPkcs12("signer", PASSWORD),
                new KeyStore.PasswordProtection(PASSWORD)))) {
            signed = new PadesSigning().sign(pdf, device, null, Instant.now(), "Ký số văn bản");
        }
        long signedAt = System.nanoTime();
        var trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(root.certificate()));
        var reports = new PadesValidation().validate(signed, trusted);
        long validatedAt = System.nanoTime();
        System.out.printf("first sign %d ms, first validation %d ms%n", (signedAt - start) / 1_000_000,
                (validatedAt - signedAt) / 1_000_000);

        var simple = reports.getSimpleReport();
        assertThat(simple.getSignaturesCount()).isEqualTo(1);
        String id = simple.getFirstSignatureId();
        assertThat(simple.getIndication(id)).as(simple.getAdESValidationErrors(id).toString())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(simple.getSignedBy(id)).isEqualTo("Bùi Văn Khánh");
    }
}
