package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.DocumentSigner;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureResult.Indication;
import vn.openprovince.signature.SignatureValidator;
import vn.openprovince.signature.device.Signatory;

/**
 * Agency seals whose keys live outside the platform: on a SoftHSM token made for this run (PKCS#11), and
 * at a remote signing service running in another JVM (hash signing). Keys and certificates are made at
 * test time by a test CA whose root the trust store trusts for the duration of each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExternalSigningDevicesTests {

    private static final String TOKEN_PIN = "12345678";
    private static final String PKCS11_LABEL = "agency-seal";
    private static final String PKCS11_SIGNER = "Con dấu thử nghiệm trên token";
    private static final String REMOTE_SIGNER = "Con dấu thử nghiệm ký từ xa";
    private static final String REMOTE_TOKEN = "test-bearer-" + java.util.UUID.randomUUID();
    private static final CertificateAuthority ROOT = CertificateAuthority.root("External Devices Test Root CA",
            Duration.ofDays(30));
    private static final CertificateAuthority ISSUING = ROOT.issuingAuthority("External Devices Test Issuing CA",
            Duration.ofDays(20));

    private static SoftHsmToken softHsm;
    private static Process remoteSigner;
    private static int remotePort;

    @Autowired
    DocumentSigner signer;
    @Autowired
    SignatureValidator validator;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    SigningCredentials credentials;
    @Autowired
    Pkcs11Devices pkcs11;
    @Autowired
    TrustStore trustStore;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignatureSettings settings;
    @Autowired
    MockMvcTester mvc;

    private java.util.UUID trustedRoot;

    @DynamicPropertySource
    static void devices(DynamicPropertyRegistry registry) throws Exception {
        softHsm = SoftHsmToken.create("openprovince-test", TOKEN_PIN);
        softHsm.generateKey(PKCS11_LABEL, ISSUING, PKCS11_SIGNER, "Kiểm thử");
        startRemoteSigner();
        registry.add("openprovince.signature.pkcs11.library", () -> softHsm.library);
        registry.add("openprovince.signature.pkcs11.slot", () -> softHsm.slot);
        registry.add("openprovince.signature.pkcs11.pin", () -> TOKEN_PIN);
        registry.add("openprovince.signature.remote.base-url", () -> "http://127.0.0.1:" + remotePort + "/");
        registry.add("openprovince.signature.remote.token", () -> REMOTE_TOKEN);
        registry.add("openprovince.signature.remote.read-timeout", () -> "10s");
    }

    /** The signing service in its own JVM, with a PKCS#12 keystore only it reads. */
    private static void startRemoteSigner() throws Exception {
        var key = ISSUING.issueSigner(REMOTE_SIGNER, "Kiểm thử", Duration.ofDays(10));
        Path keystore = Files.createTempFile("remote-signer-", ".p12");
        keystore.toFile().deleteOnExit();
        String password = "remote-" + java.util.UUID.randomUUID();
        Files.write(keystore, key.toPkcs12("seal-1", password.toCharArray()));
        String classes = Path.of(RemoteSignerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes, RemoteSignerProcess.class.getName(), keystore.toString(), "--impostor", "seal-2")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("REMOTE_SIGNER_PASSWORD", password);
        builder.environment().put("REMOTE_SIGNER_TOKEN", REMOTE_TOKEN);
        remoteSigner = builder.start();
        var output = new BufferedReader(new InputStreamReader(remoteSigner.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (line == null || !line.startsWith("LISTENING ")) {
            throw new AssertionError("the remote signer did not start: " + line);
        }
        remotePort = Integer.parseInt(line.substring("LISTENING ".length()).strip());
    }

    @AfterAll
    static void stopRemoteSigner() throws InterruptedException {
        if (remoteSigner != null) {
            remoteSigner.destroy();
            remoteSigner.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void trustTheTestRoot() {
        trustedRoot = trustStore.add(Certificates.encoded(ROOT.rootCertificate())).id();
    }

    @AfterEach
    void stopTrustingIt() {
        trustStore.remove(trustedRoot);
    }

    @Test
    void anAgencySealsWithAKeyGeneratedOnTheSoftHsmToken() {
        var agency = agencies().get(0);
        var assigned = signingKeys.assign(Signatory.agency(agency.id().value()), "pkcs11", PKCS11_LABEL);
        assertThat(assigned.device()).isEqualTo("pkcs11");
        assertThat(assigned.subject()).contains(PKCS11_SIGNER);

        byte[] signed = signer.signAttachment(SampleDocuments.attachment(), agency.id(), "15/UBND-VP");

        var report = validator.validate(signed);
        assertThat(report.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.indication()).as(signature.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(signature.signer()).isEqualTo(PKCS11_SIGNER);
        });

        // Validation sees a change of the trust store at once (it keeps the parsed anchors until one).
        trustStore.remove(trustedRoot);
        assertThat(validator.validate(signed).signatures().getFirst().indication()).isEqualTo(Indication.INDETERMINATE);
        trustedRoot = trustStore.add(Certificates.encoded(ROOT.rootCertificate())).id();
        assertThat(validator.validate(signed).signatures().getFirst().indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void aWrongTokenPinIsRefusedWithItsCode() {
        // Logged out first: a PKCS#11 login is shared by the whole process and would hide the wrong PIN.
        pkcs11.disconnect();
        var wrongPin = new Pkcs11Devices(credentials, settings.withPkcs11(
                new SignatureSettings.Pkcs11(softHsm.library, softHsm.slot, null, "87654321")));

        assertRefused(() -> wrongPin.certificateChain(PKCS11_LABEL), SignatureError.SIGNATURE_WRONG_PIN);
        wrongPin.disconnect();
        assertThat(pkcs11.certificateChain(PKCS11_LABEL).getFirst().getSubjectX500Principal().getName())
                .contains(PKCS11_SIGNER);
    }

    @Test
    void aLabelThatIsNotOnTheTokenIsRefusedWithItsCode() {
        var agency = agencies().get(0);

        assertRefused(() -> signingKeys.assign(Signatory.agency(agency.id().value()), "pkcs11", "no-such-key"),
                SignatureError.SIGNATURE_KEY_NOT_ON_DEVICE);
        assertRefused(() -> signingKeys.assign(Signatory.agency(agency.id().value()), "smart-card", PKCS11_LABEL),
                SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
    }

    @Test
    void anAgencySealsThroughTheRemoteSigningServiceInAnotherProcess() {
        var agency = agencies().get(1);
        var assigned = signingKeys.assign(Signatory.agency(agency.id().value()), "remote", "seal-1");
        assertThat(assigned.subject()).contains(REMOTE_SIGNER);

        byte[] signed = signer.signAttachment(SampleDocuments.attachment(), agency.id(), "16/UBND-VP");

        assertThat(validator.validate(signed).signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.indication()).as(signature.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(signature.signer()).isEqualTo(REMOTE_SIGNER);
        });
    }

    @Test
    void aRemoteSignatureThatTheCertificateDoesNotVouchForIsRefusedAndNothingIsSigned() {
        var agency = agencies().get(2);
        signingKeys.assign(Signatory.agency(agency.id().value()), "remote", "seal-2");
        long auditEntries = audit.entries(PageRequest.of(0, 1)).getTotalElements();

        assertRefused(() -> signer.signAttachment(SampleDocuments.attachment(), agency.id(), "17/UBND-VP"),
                SignatureError.SIGNATURE_VALUE_MISMATCH);
        assertThat(audit.entries(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(auditEntries);
    }

    @Test
    void aServiceThatRefusesOrCannotBeReachedGivesItsCode() throws Exception {
        var wrongToken = new RemoteSigningDevices(credentials, settings.withRemote(new SignatureSettings.Remote(
                "http://127.0.0.1:" + remotePort, "not-the-token", null, Duration.ofSeconds(10))));
        assertThatThrownBy(() -> wrongToken.certificateChain("seal-1")).isInstanceOfSatisfying(SignatureException.class,
                e -> {
                    assertThat(e.error()).isEqualTo(SignatureError.SIGNATURE_REMOTE_REFUSED);
                    assertThat(e.getDetailMessageArguments()).containsExactly(401);
                });

        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new RemoteSigningDevices(credentials, settings.withRemote(new SignatureSettings.Remote(
                "http://127.0.0.1:" + closedPort, REMOTE_TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2))));
        assertRefused(() -> unreachable.certificateChain("seal-1"), SignatureError.SIGNATURE_REMOTE_UNREACHABLE);

        var plainHttpElsewhere = new RemoteSigningDevices(credentials, settings.withRemote(new SignatureSettings.Remote(
                "http://signer.example.gov.vn", REMOTE_TOKEN, null, null)));
        assertRefused(() -> plainHttpElsewhere.certificateChain("seal-1"), SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        assertRefused(() -> signingKeys.assign(Signatory.agency(agencies().get(1).id().value()), "remote", "no-such-key"),
                SignatureError.SIGNATURE_KEY_NOT_ON_DEVICE);
    }

    @Test
    void aSystemAdministratorMovesASignatoryToAnotherDeviceOverTheApiAndOthersCannot() {
        var agency = agencies().get(1);
        String uri = "/api/v1/signatures/signing-keys/AGENCY/" + agency.id().value();
        String body = "{\"device\": \"remote\", \"keyReference\": \"seal-1\"}";

        assertThat(mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("vanthu.tinh", "Demo@2026"))).hasStatus(HttpStatus.FORBIDDEN);
        var response = mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", "Demo@2026"));

        assertThat(response).hasStatusOk().bodyJson().extractingPath("$.device").isEqualTo("remote");
        assertThat(response).bodyJson().extractingPath("$.keyReference").isEqualTo("seal-1");
        assertThat(mvc.get().uri(uri).with(httpBasic("admin", "Demo@2026"))).hasStatusOk().bodyJson()
                .extractingPath("$.subject").asString().contains(REMOTE_SIGNER);
        assertThat(audit.entries(PageRequest.of(0, 1)).getContent().getFirst().action())
                .isEqualTo("signature.signing-key-assigned");
    }

    @Test
    void aDeviceThatPresentsAnotherCertificateThanTheEnrolledOneDoesNotSign() {
        var agency = agencies().get(3);
        var signatory = Signatory.agency(agency.id().value());
        // As if the key behind "seal-1" had been replaced at the service after it was assigned.
        var enrolled = ISSUING.issueSigner("Khóa đã thay", "Kiểm thử", Duration.ofDays(5)).certificate();
        credentials.of(signatory).ifPresent(credentials::delete);
        credentials.save(new SigningCredential(signatory, "remote", "seal-1", null, enrolled, java.time.Instant.now()));

        assertRefused(() -> signer.signAttachment(SampleDocuments.attachment(), agency.id(), "18/UBND-VP"),
                SignatureError.SIGNATURE_DEVICE_CERTIFICATE_CHANGED);
    }

    /**
     * Agencies below the province's People's Committee that the demo PKI gave no PKCS#12 key, so these
     * tests never change a key another test signs with.
     */
    private List<AgencySummary> agencies() {
        var province = directory.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow().agencyId();
        return directory.agencyWithSubordinates(province).stream()
                .filter(id -> credentials.of(Signatory.agency(id.value()))
                        .map(credential -> !Pkcs12Devices.ID.equals(credential.device())).orElse(true))
                .map(directory::agency).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(AgencySummary::name).thenComparing(a -> a.id().value()))
                .limit(4).toList();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SignatureError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SignatureException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }
}
