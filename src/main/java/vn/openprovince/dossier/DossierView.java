package vn.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.openprovince.organization.AgencyId;

/** A dossier as its applicant sees it: state, dates, what was submitted and the history. */
public record DossierView(String code, String procedureCode, String procedureName, DossierState state,
                          int nationalState, SubmissionChannel channel, String applicantName, AgencyId receivingAgency,
                          AgencyId competentAgency, Instant submittedAt, Instant receivedAt, LocalDate appointmentDate,
                          Map<String, Object> formData, List<FileItem> files, List<HistoryItem> history) {

    /** One submitted file. */
    public record FileItem(int component, String fileName, String contentType, long sizeBytes) {
    }

    /** One state the dossier entered. */
    public record HistoryItem(DossierState state, int nationalState, Instant at, String note) {
    }
}
