package vn.openprovince.dossier.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierResults;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.ResultVerification;
import vn.openprovince.dossier.ResultView;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.identity.VietnameseIds;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.DocumentSigner;
import vn.openprovince.signature.SignatureValidator;

/**
 * Kết quả giải quyết và trả kết quả. Who may do what:
 * <ul>
 *   <li>produce and sign: a LEADER of the competent agency, dossier in RESULT_READY after an approving decision; the
 *   PDF gets the leader's personal signature, then the agency's seal (Decree 30 Art. 13), both PAdES;</li>
 *   <li>electronic release: the applicant's first download of the signed PDF (no officer action is needed for an
 *   online applicant: the download is the hand-over, and it is recorded who and when);</li>
 *   <li>paper release: a ONE_STOP_OFFICER of the receiving centre records the collector's name and ID number.</li>
 * </ul>
 * A release moves the dossier RESULT_READY → RESULT_RETURNED with a history row, an audit entry and
 * {@code DossierStateChanged} in the same transaction; producing the result changes no state (audit only).
 */
@Service
class ResultService implements DossierResults {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReceptionService reception;
    private final Dossiers dossiers;
    private final DossierResultRecords results;
    private final FormPdfs pdfs;
    private final DocumentSigner signer;
    private final SignatureValidator validator;
    private final CitizenDirectory citizens;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ResultService(ReceptionService reception, Dossiers dossiers, DossierResultRecords results, FormPdfs pdfs,
                  DocumentSigner signer, SignatureValidator validator, CitizenDirectory citizens,
                  OrganizationDirectory directory, AuditTrail audit) {
        this.reception = reception;
        this.dossiers = dossiers;
        this.results = results;
        this.pdfs = pdfs;
        this.signer = signer;
        this.validator = validator;
        this.citizens = citizens;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    @Transactional
    public ResultView produce(String code, String decisionText, byte[] pdf, String fileName, String publicBaseUrl) {
        SignedInUser officer = reception.officer();
        Dossier d = reception.inScope(code, officer);
        AgencyId competent = new AgencyId(d.competentAgencyId());
        if (!reception.scope(officer, grant -> grant.role() == Role.LEADER).includes(competent)) {
            throw new DossierException(DossierError.DOSSIER_RESULT_NOT_SIGNER, d.code());
        }
        if (d.state() != DossierState.RESULT_READY) {
            throw new DossierException(DossierError.DOSSIER_RESULT_NOT_APPROVED, d.code());
        }
        // Not granted: the applicant still gets a signed written answer with the reasons, released the same way.
        boolean refusal = !d.processingApproved();
        if (results.findByDossierId(d.id()).isPresent()) {
            throw new DossierException(DossierError.DOSSIER_RESULT_EXISTS, d.code());
        }
        String verificationCode = newVerificationCode();
        Instant now = clock.instant();
        String text = clean(decisionText, 4000);
        byte[] unsigned;
        String source;
        String name;
        if (pdf != null && pdf.length > 0) {
            checkPdf(pdf);
            unsigned = pdf;
            source = "UPLOADED";
            name = fileName == null || fileName.isBlank() ? d.code() + (refusal ? "-tra-loi.pdf" : "-ket-qua.pdf")
                    : fileName.strip();
            name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        } else {
            if (text == null) {
                throw DossierException.onField("decisionText", DossierError.DOSSIER_FIELD_REQUIRED,
                        refusal ? "Lý do không giải quyết" : "Nội dung giải quyết");
            }
            var position = directory.official(officer.officialId()).map(o -> o.position()).orElse("Lãnh đạo");
            LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
            Map<String, Object> content = new java.util.LinkedHashMap<>();
            content.put("agencyName", reception.agencyName(d.competentAgencyId()));
            content.put("code", d.code());
            content.put("procedure", d.procedureName() + " (" + d.procedureCode() + ")");
            content.put("applicant", d.applicantName());
            content.put("decision", text);
            content.put("refusal", refusal);
            content.put("verificationCode", verificationCode);
            content.put("signer", officer.displayName());
            content.put("signerPosition", position == null || position.isBlank() ? "Lãnh đạo" : position);
            content.put("place", "Hòa Bình");
            content.put("dateLine", "ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(),
                    today.getYear()));
            unsigned = pdfs.result(content, verificationUrl(publicBaseUrl, verificationCode));
            source = "GENERATED";
            name = d.code() + (refusal ? "-tra-loi.pdf" : "-ket-qua.pdf");
        }
        // The competent person signs, then the agency seals what they signed.
        byte[] signed = signer.signAsAgency(signer.signPersonal(unsigned, officer.officialId()), competent);
        var result = results.saveAndFlush(new DossierResult(d.id(), verificationCode, source, text, name, signed,
                sha256(signed), now, officer.username()));
        audit.record("dossier.result-signed", "Dossier", d.id(), d.competentAgencyId(),
                "%s: %s %s (%s) signed by %s and sealed, verification code %s".formatted(d.code(),
                        refusal ? "written refusal" : "result", name, source,
                        officer.username(), verificationCode));
        return result.view(d.code(), !d.processingApproved());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultView> officerResult(String code) {
        SignedInUser officer = reception.officer();
        Dossier d = reception.inScope(code, officer);
        return results.findByDossierId(d.id()).map(r -> r.view(d.code(), !d.processingApproved()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean resultDue(String code) {
        Dossier d = reception.inScope(code, reception.officer());
        return d.state() == DossierState.RESULT_READY && results.findByDossierId(d.id()).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean notGranted(String code) {
        Dossier d = reception.inScope(code, reception.officer());
        return (d.state() == DossierState.RESULT_READY || d.state() == DossierState.RESULT_RETURNED)
                && !d.processingApproved();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] officerFile(String code) {
        SignedInUser officer = reception.officer();
        Dossier d = reception.inScope(code, officer);
        return results.findByDossierId(d.id()).map(DossierResult::content)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_RESULT_MISSING, d.code()));
    }

    @Override
    @Transactional
    public ResultView releaseOnPaper(String code, String collectorName, String collectorIdNumber) {
        SignedInUser officer = reception.officer();
        Dossier d = reception.inScope(code, officer);
        reception.requireReceptionOfficer(officer, d);
        DossierResult result = results.findByDossierId(d.id())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_RESULT_MISSING, d.code()));
        if (result.released() || d.state() == DossierState.RESULT_RETURNED) {
            throw new DossierException(DossierError.DOSSIER_RESULT_ALREADY_RELEASED, d.code());
        }
        String name = clean(collectorName, 100);
        if (name == null) {
            throw DossierException.onField("collectorName", DossierError.DOSSIER_FIELD_REQUIRED, "Họ và tên người nhận");
        }
        String id = collectorIdNumber == null ? "" : collectorIdNumber.replace(" ", "");
        // The 12-digit personal identification number, or the 9-digit identity card still in use.
        if (!VietnameseIds.isCitizenId(id) && !id.matches("\\d{9}")) {
            throw DossierException.onField("collectorIdNumber", DossierError.DOSSIER_FIELD_INVALID,
                    "Số định danh cá nhân / CMND của người nhận");
        }
        Instant now = clock.instant();
        result.release(DossierResult.Channel.PAPER, now, officer.username(), name, id);
        returned(d, now, officer.username(), "Trả kết quả bản giấy tại Bộ phận Một cửa cho " + name + " (" + id + ")",
                "dossier.result-returned-paper", d.receivingAgencyId());
        results.flush();
        return result.view(d.code(), !d.processingApproved());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultView> applicantResult(String code) {
        Dossier d = ownDossier(code);
        return results.findByDossierId(d.id()).map(r -> r.view(d.code(), !d.processingApproved()));
    }

    @Override
    @Transactional
    public byte[] applicantDownload(String code) {
        Citizen applicant = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        Dossier d = ownDossier(code);
        DossierResult result = results.findByDossierId(d.id())
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_RESULT_MISSING, d.code()));
        if (!result.released()) {
            Instant now = clock.instant();
            result.release(DossierResult.Channel.ELECTRONIC, now, applicant.username(), null, null);
            returned(d, now, applicant.username(), "Trả kết quả điện tử: người nộp đã tải kết quả có chữ ký số",
                    "dossier.result-returned-electronic", d.competentAgencyId());
            results.flush();
        }
        return result.content();
    }

    @Override
    @Transactional(readOnly = true)
    public ResultVerification verify(String verificationCode) {
        String wanted = verificationCode == null ? "" : verificationCode.strip().toUpperCase(java.util.Locale.ROOT);
        DossierResult result = results.findByVerificationCode(wanted)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_RESULT_UNKNOWN, wanted));
        Dossier d = dossiers.findById(result.dossierId()).orElseThrow();
        return ResultVerification.of(wanted, d.procedureCode(), d.procedureName(), result.signedAt(),
                validator.validate(result.content()));
    }

    static String verificationUrl(String publicBaseUrl, String verificationCode) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        return base + "/cong-dich-vu-cong/ket-qua/" + verificationCode;
    }

    private void returned(Dossier d, Instant now, String actor, String note, String auditAction, java.util.UUID agency) {
        if (d.state() != DossierState.RESULT_READY) {
            // A result exists only in RESULT_READY or after; anything else is a stale request.
            throw new DossierException(DossierError.DOSSIER_WRONG_STATE, d.code());
        }
        DossierState from = d.state();
        d.moveTo(DossierState.RESULT_RETURNED, now, actor, note);
        audit.record(auditAction, "Dossier", d.id(), agency, "%s: %s".formatted(d.code(), note));
        dossiers.flush();
        reception.changed(d, from, now);
    }

    private Dossier ownDossier(String code) {
        Citizen applicant = citizens.signedIn().orElseThrow(() -> new DossierException(DossierError.DOSSIER_NOT_A_CITIZEN));
        return dossiers.findByCode(code == null ? "" : code.strip())
                .filter(x -> applicant.accountId().equals(x.applicantAccountId()))
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
    }

    /** A PDF by its content: the header and a document PDFBox can open (not the name, not the declared type). */
    private static void checkPdf(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new DossierException(DossierError.DOSSIER_RESULT_NOT_PDF);
        }
        try (var document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new DossierException(DossierError.DOSSIER_RESULT_NOT_PDF);
            }
        } catch (IOException e) {
            throw new DossierException(DossierError.DOSSIER_RESULT_NOT_PDF);
        }
    }

    private static String newVerificationCode() {
        var code = new StringBuilder("KQ");
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
