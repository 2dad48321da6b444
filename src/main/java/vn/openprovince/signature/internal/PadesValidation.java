package vn.openprovince.signature.internal;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;

/**
 * Validates the PAdES signatures of a PDF with DSS against a set of trusted certificates, with no
 * network access: no AIA, CRL or OCSP fetching (offline revocation mode).
 */
final class PadesValidation {

    private final ValidationPolicy policy;

    PadesValidation() {
        this.policy = offlinePolicy();
    }

    Reports validate(byte[] pdf, CertificateSource trusted) {
        var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        var objects = new PdfBoxNativeObjectFactory();
        var differences = new DefaultPdfDifferencesFinder();
        // Rendering every page of every revision is what makes DSS slow on many-signature PDFs;
        // byte-range and object-level modification checks stay on.
        differences.setMaximalPagesAmountForVisualComparison(0);
        objects.setPdfDifferencesFinder(differences);
        validator.setPdfObjFactory(objects);
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        validator.setCertificateVerifier(verifier);
        validator.setLocale(Locale.ENGLISH);
        validator.setEnableEtsiValidationReport(true);
        return validator.validateDocument(policy);
    }

    /**
     * DSS's default policy with missing revocation data downgraded from a failure to a warning:
     * offline, no CRL or OCSP answer can be had, and the report says revocation was not checked.
     */
    private static ValidationPolicy offlinePolicy() {
        try (var in = new ClassPathResource("policy/constraint.xml").getInputStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<RevocationDataAvailable Level=\"FAIL\" />", "<RevocationDataAvailable Level=\"WARN\" />")
                    .replace("<AcceptableRevocationDataFound Level=\"FAIL\" />",
                            "<AcceptableRevocationDataFound Level=\"WARN\" />");
            return ValidationPolicyFacade.newFacade()
                    .getValidationPolicy(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | jakarta.xml.bind.JAXBException | javax.xml.stream.XMLStreamException
                 | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot load the DSS validation policy", e);
        }
    }
}
