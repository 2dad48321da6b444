package vn.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.openprovince.dossier.workflow.WorkflowStep;

/**
 * A dossier as an officer in scope sees it: state, national state, the legal clock (appointment, due time,
 * ledger, at-risk flag), the applicant, the receiving centre and competent agency, files, history, the forms
 * issued and the processing steps.
 *
 * @param clockStatus {@code null} before acceptance, then {@code RUNNING}, {@code PAUSED} or {@code STOPPED}
 * @param atRisk      the clock runs and the due day is today or the next working day, or has passed
 *                    (the apology and extension should be prepared, Form 04)
 */
public record OfficerDossierView(String code, DossierState state, int nationalState, LocalDate appointmentDate,
                                 Instant dueAt, String clockStatus, boolean atRisk, boolean overdue,
                                 boolean extensionAllowed, String procedureCode, String procedureName,
                                 SubmissionChannel channel, Applicant applicant, Agency receivingCentre,
                                 Agency competentAgency, Instant submittedAt, Instant receivedAt, Instant acceptedAt,
                                 String acceptedBy, Map<String, Object> formData, List<FileItem> files,
                                 List<HistoryItem> history, List<LedgerItem> ledger, List<WorkflowStep> steps,
                                 List<FormItem> forms, List<SupplementItem> requestedItems, List<Component> components) {

    public record Applicant(String name, String kind, String citizenId, String phone, String email) {
    }

    public record Agency(java.util.UUID id, String name) {
    }

    /** One file; {@code supersededAt} is set on an earlier version replaced by a supplement. */
    public record FileItem(java.util.UUID id, int component, String fileName, String contentType, long sizeBytes,
                           Instant supersededAt) {
    }

    public record HistoryItem(int seq, DossierState state, int nationalState, Instant at, String actor, String note) {
    }

    /**
     * One ledger row.
     *
     * @param countsFrom    for STARTED the official reception time the clock counts from, else {@code at}
     * @param remaining     working time left after the event ({@code remainingUnit} WORKING_DAYS or WORKING_MINUTES)
     */
    public record LedgerItem(int seq, ClockEntryKind kind, PauseKind pauseKind, Instant at, Instant countsFrom,
                             String actor, String reason, Instant dueAt, LocalDate appointmentDate, Integer remaining,
                             String remainingUnit) {
    }

    /** A form issued: {@code form} is "01" to "05". */
    public record FormItem(String form, String name, Instant issuedAt, String issuedBy) {
    }

    /** A component of the procedure version, for the officer's checklist. */
    public record Component(int index, String name, boolean required) {
    }
}
