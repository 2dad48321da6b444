package vn.openprovince.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Tiếp nhận và thời hạn giải quyết: the one-stop-shop officer's check of a dossier, which ends in exactly one of
 * accept (Form 01, clock started), request a supplement (Form 02, every item at once; the clock pauses if it
 * runs) or refuse (Form 03); the extension (Form 04, once), the stop (Form 05) and the applicant's withdrawal and
 * supplement. Each verb checks role and scope, guards the state, writes a history row, the ledger rows of the
 * clock, an audit entry and publishes {@link DossierStateChanged} (and {@link DossierAccepted} on acceptance).
 */
public interface DossierReception {

    /**
     * Tiếp nhận trực tiếp: the officer files a dossier for a walk-in applicant at their own centre (channel COUNTER,
     * reception time now); it is in SUBMITTED and goes through the same check (accept, supplement, refuse).
     *
     * @return the new dossier's code
     */
    String receiveAtCounter(CounterIntake intake);

    /** Tiếp nhận (ONE_STOP_OFFICER of the receiving centre; SUBMITTED only). */
    OfficerDossierView accept(String code, String note);

    /**
     * Yêu cầu bổ sung (Form 02): every missing or wrong item at once, with one written guidance. From SUBMITTED
     * by the receiving centre's one-stop officer (the clock has not started); from ACCEPTED or PROCESSING by an
     * officer of the receiving centre or the competent agency, pausing the clock.
     */
    OfficerDossierView requestSupplement(String code, List<SupplementItem> items, String guidance);

    /** Từ chối tiếp nhận (Form 03) with the reasons (SUBMITTED only). */
    OfficerDossierView refuse(String code, List<String> reasons);

    /**
     * Xin lỗi và hẹn lại (Form 04): moves the appointment once; either a new date (a working day after the current
     * one) or a number of additional working days.
     */
    OfficerDossierView extend(String code, String reason, LocalDate newAppointmentDate, Integer additionalWorkingDays);

    /** Dừng xử lý (Form 05): stops the dossier and its clock, e.g. after the applicant asked to withdraw it. */
    OfficerDossierView stop(String code, String reason);

    /** The dossier for an officer of its receiving centre or competent agency; empty when out of scope. */
    Optional<OfficerDossierView> officerView(String code);

    /** Online dossiers awaiting reception at the officer's centres, oldest first. */
    Page<ReceptionQueueItem> queue(Pageable page);

    /** Running dossiers of the officer's centres and agencies whose due day is at most one working day away. */
    Page<ReceptionQueueItem> atRisk(Pageable page);

    /**
     * The latest form of a kind issued for the dossier as PDF ("01" to "05"), for an officer in scope or the
     * applicant; its QR code points to the public look-up under {@code publicBaseUrl}.
     */
    byte[] formPdf(String code, String form, String publicBaseUrl);

    /** The applicant asks to withdraw their dossier (state WITHDRAWAL_REQUESTED, national 7). */
    DossierView requestWithdrawal(String code, String reason);

    /**
     * The applicant's supplement: replaces exactly the requested components (files) and e-form fields (values);
     * earlier files and values are kept; the code does not change; the clock resumes (or, when it had not started,
     * the dossier waits for reception again).
     */
    DossierView supplement(String code, Map<String, Object> data, List<ComponentUpload> files);

    /** What the open supplement request asks of the signed-in applicant, with the written guidance. */
    Optional<SupplementRequest> openSupplementRequest(String code);

    /** Yêu cầu thực hiện nghĩa vụ tài chính: pauses the clock (for the payment module). */
    void pauseForFinancialObligation(DossierId dossier, String reason, String actor);

    /** The financial obligation was met: the clock resumes with what was left. */
    void financialObligationMet(DossierId dossier, String actor);

    /** An open supplement request. */
    record SupplementRequest(String code, List<SupplementItem> items, String guidance, java.time.Instant requestedAt) {
    }
}
