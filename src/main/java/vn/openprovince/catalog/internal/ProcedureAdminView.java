package vn.openprovince.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.catalog.ProcedureVersionDetails;

/**
 * A procedure as administrators see it: its current version, its draft and the history of versions.
 *
 * @param current  the version in force, or {@code null} before the first publication
 * @param draft    the draft being edited, or {@code null}
 */
public record ProcedureAdminView(String code, boolean codeStandard, boolean codeVerified, UUID managingAgencyId,
                                 String managingAgencyName, boolean sampleData, ProcedureVersionDetails current,
                                 ProcedureVersionDetails draft, List<VersionEntry> versions) {

    /** One line of the version history. */
    public record VersionEntry(int number, String status, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** What the edit form starts from: the draft, else the current version. */
    public ProcedureVersionDetails editable() {
        return draft != null ? draft : current;
    }
}
