package vn.openprovince.rating;

import java.time.Instant;
import vn.openprovince.organization.AgencyId;

/** Published when an applicant rates a dossier (for dashboards and the national satisfaction index). */
public record DossierRated(String dossierCode, AgencyId competentAgency, AgencyId receivingAgency, int overall,
                           int timeliness, int staffAttitude, int contacts, Instant at) {
}
