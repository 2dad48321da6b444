package vn.openprovince.signature.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.device.Signatory;

/**
 * The demo PKI, made once on an empty database in demo mode: a root CA (trusted), an issuing CA,
 * a certificate and signature image for each demo signer, and a seal certificate and seal image for
 * each of their agencies. Keys are generated here, on this machine, never shipped.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoSignatures implements ApplicationRunner {

    /** Demo accounts that sign: leaders, a department head, clerks (agency seal) and one-stop officers. */
    static final List<String> SIGNERS = List.of("lanhdao.tinh", "truongphong.tinh", "vanthu.tinh", "motcua.tinh",
            "lanhdao.huyen", "vanthu.huyen", "motcua.huyen", "lanhdao.xa", "vanthu.xa", "motcua.xa", "vanthu.xa2");
    static final String ROOT_NAME = "OpenProvince Demo Root CA";
    private static final Logger log = LoggerFactory.getLogger(DemoSignatures.class);

    private final SigningCredentials credentials;
    private final Pkcs12Devices keystores;
    private final SignatureImageStore images;
    private final TrustStore trustStore;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    DemoSignatures(SigningCredentials credentials, Pkcs12Devices keystores, SignatureImageStore images,
                   TrustStore trustStore, OrganizationDirectory directory, AuditTrail audit,
                   TransactionTemplate transactions) {
        this.credentials = credentials;
        this.keystores = keystores;
        this.images = images;
        this.trustStore = trustStore;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (credentials.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        // The keys are made before the transaction opens: making them takes seconds, and the transaction takes
        // the audit trail's head with its first entry, which every audited action of the platform waits for.
        var root = CertificateAuthority.root(ROOT_NAME, Duration.ofDays(3650));
        var issuing = root.issuingAuthority("OpenProvince Demo Issuing CA", Duration.ofDays(1825));
        var agencies = new LinkedHashMap<java.util.UUID, AgencySummary>();
        var enrolments = new ArrayList<Enrolment>();
        int officials = 0;
        for (String username : SIGNERS) {
            OfficialSummary official = directory.officialByEmail(username + "@demo.openprovince.vn").orElse(null);
            if (official == null) {
                continue;
            }
            enrolments.add(new Enrolment(Signatory.official(official.id()),
                    issuing.issueSigner(official.fullName(), official.agencyName(), Duration.ofDays(730)),
                    DemoImages.signature(official.fullName()), DemoImages.SIGNATURE_WIDTH_MM, official.agencyId().value()));
            directory.agency(official.agencyId()).ifPresent(agency -> agencies.putIfAbsent(agency.id().value(), agency));
            officials++;
        }
        for (AgencySummary agency : agencies.values()) {
            enrolments.add(new Enrolment(Signatory.agency(agency.id().value()),
                    issuing.issueSigner(agency.name(), agency.name(), Duration.ofDays(730)),
                    DemoImages.seal(agency.name(), "Hòa Bình"), DemoImages.SEAL_DIAMETER_MM, agency.id().value()));
        }
        int officialKeys = officials;
        transactions.executeWithoutResult(status -> {
            trustStore.add(Certificates.encoded(root.certificate()));
            var now = Instant.now();
            for (var enrolment : enrolments) {
                keystores.enrol(enrolment.signatory(), enrolment.key(), now);
                images.upload(enrolment.signatory(), enrolment.image(), enrolment.imageSizeMm(), enrolment.agencyId());
            }
            audit.record("demo-data.signatures-issued", "SigningCredential", Certificates.sha256(root.certificate()),
                    null, "demo root CA trusted; %d official and %d agency keys".formatted(officialKeys, agencies.size()));
        });
        log.info("Demo PKI made in {} ms: {} official and {} agency keys", (System.nanoTime() - start) / 1_000_000,
                officials, agencies.size());
    }

    private record Enrolment(Signatory signatory, IssuedKey key, byte[] image, double imageSizeMm,
                             java.util.UUID agencyId) {
    }
}
