package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlCertificate;
import eu.europa.esig.dss.validation.reports.Reports;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureValidator;
import vn.openprovince.signature.ValidationReport;

/**
 * Validates with DSS against the trust store, offline: no CRL, OCSP or AIA is fetched, so revocation
 * is reported as not checked rather than failing every signature.
 */
@Service
class DssSignatureValidator implements SignatureValidator {

    private final TrustStore trustStore;
    private final SignatureSettings settings;
    private final PadesValidation pades = new PadesValidation();

    DssSignatureValidator(TrustStore trustStore, SignatureSettings settings) {
        this.trustStore = trustStore;
        this.settings = settings;
    }

    @Override
    public ValidationReport validate(byte[] pdf) {
        var simple = reports(pdf).getSimpleReport();
        var results = simple.getSignatureIdList().stream().map(id -> result(simple, id)).toList();
        return new ValidationReport(results, false);
    }

    @Override
    public String detailedReport(byte[] pdf) {
        return reports(pdf).getXmlDetailedReport();
    }

    @Override
    public String etsiReport(byte[] pdf) {
        return reports(pdf).getXmlValidationReport();
    }

    private Reports reports(byte[] pdf) {
        PdfInput.check(pdf, settings.maxDocumentSize().toBytes());
        return pades.validate(pdf, trustStore.source());
    }

    private static SignatureResult result(SimpleReport report, String id) {
        var chain = report.getCertificateChain(id);
        List<String> names = chain == null ? List.of()
                : chain.getCertificate().stream().map(XmlCertificate::getQualifiedName).toList();
        var subIndication = report.getSubIndication(id);
        var signingTime = report.getSigningTime(id);
        var format = report.getSignatureFormat(id);
        return new SignatureResult(id, indication(report.getIndication(id)),
                subIndication == null ? null : subIndication.name(), report.getSignedBy(id),
                signingTime == null ? null : signingTime.toInstant(), names,
                format == null ? null : format.toString());
    }

    private static SignatureResult.Indication indication(Indication indication) {
        return switch (indication) {
            case TOTAL_PASSED, PASSED -> SignatureResult.Indication.TOTAL_PASSED;
            case TOTAL_FAILED, FAILED -> SignatureResult.Indication.TOTAL_FAILED;
            default -> SignatureResult.Indication.INDETERMINATE;
        };
    }
}
