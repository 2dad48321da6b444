package vn.openprovince.dossier;

import java.util.Optional;

/**
 * Kết quả giải quyết TTHC: the signed electronic result of an approved dossier and its release (trả kết quả).
 *
 * <p>The dossier enters RESULT_READY (national 9) when processing finishes, as before; producing the signed result
 * does not change the state (it is recorded in the audit trail). The release moves it to RESULT_RETURNED (10):
 * the applicant's first download of the signed PDF on the portal (electronic release), or the one-stop officer
 * recording who collected the paper result at the counter.
 */
public interface DossierResults {

    /**
     * Lập và ký số kết quả: a leader of the competent agency produces the result of an approved dossier in
     * RESULT_READY, generated from the template with {@code decisionText} or uploaded ({@code pdf}, checked by its
     * content), signs it personally and with the agency's seal (PAdES), and stores it. The generated PDF carries the
     * verification code and a QR code to {@code <publicBaseUrl>/cong-dich-vu-cong/ket-qua/<code>}.
     */
    ResultView produce(String code, String decisionText, byte[] pdf, String fileName, String publicBaseUrl);

    /** The result of a dossier for an officer who may see the dossier; empty when there is none yet. */
    Optional<ResultView> officerResult(String code);

    /** Whether the dossier awaits its result (or its written refusal): RESULT_READY, nothing signed yet. */
    boolean resultDue(String code);

    /** Whether processing decided not to grant the dossier: what the leader signs is the written refusal. */
    boolean notGranted(String code);

    /** The signed PDF, for an officer who may see the dossier. */
    byte[] officerFile(String code);

    /** Trả kết quả bản giấy: the receiving centre's one-stop officer records who collected the paper result. */
    ResultView releaseOnPaper(String code, String collectorName, String collectorIdNumber);

    /** The result of the signed-in applicant's own dossier; empty when there is none yet. */
    Optional<ResultView> applicantResult(String code);

    /** The signed PDF for the signed-in applicant; the first download releases the result electronically. */
    byte[] applicantDownload(String code);

    /** Xác thực kết quả: the public check of a stored result by its verification code (no personal data). */
    ResultVerification verify(String verificationCode);
}
