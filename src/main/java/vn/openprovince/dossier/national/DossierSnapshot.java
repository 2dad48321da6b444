package vn.openprovince.dossier.national;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.openprovince.dossier.DossierState;

/**
 * A dossier as the national portal is told of it at one state change: everything {@link NationalPayloads} needs,
 * read once so the payload is a pure function of it.
 *
 * @param citizen          whether the applicant is a person (LoaiDoiTuong 1) rather than an organisation (2)
 * @param applicantIdNumber the citizen identity number, or the business's tax code (MaDoiTuong)
 * @param appointmentDue   the end of the appointment day (NgayHenTra), {@code null} before acceptance
 * @param finishedAt       when processing ended (result ready, refused or stopped; NgayKetThucXuLy), or {@code null}
 * @param returnedAt       when the result was returned (NgayTra), or {@code null}
 */
record DossierSnapshot(UUID dossierId, String code, String procedureCode, String procedureName, String fieldCode,
                       String fieldName, boolean citizen, String applicantName, String applicantIdNumber, String email,
                       String phone, String receivingAgencyName, String competentAgencyCode, String competentAgencyName,
                       Instant receivedAt, Instant appointmentDue, DossierState state, int nationalState,
                       Instant finishedAt, Instant returnedAt, List<SubmittedFile> files) {

    /** A component file the applicant submitted (TaiLieuNop). */
    record SubmittedFile(UUID id, int component, String componentName, String fileName) {
    }

    /**
     * One processing step as the progress payload describes it.
     *
     * @param startedAt when the state that ended here began (NgayBatDau)
     */
    record Step(String actorName, String actorTitle, String department, Instant at, Instant startedAt, String content,
                int nationalState) {
    }
}
