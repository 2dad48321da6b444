package vn.openprovince.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.openprovince.organization.AgencyId;

/**
 * One version of a procedure in full, as the portal shows it and as a dossier keeps it.
 *
 * @param number              1 for the first version, then 2, 3…
 * @param status              {@code DRAFT}, {@code PUBLISHED} or {@code SUPERSEDED}
 * @param applicants          who may use the procedure (đối tượng thực hiện)
 * @param competentAuthority  the competent authority as the law names it (cơ quan có thẩm quyền)
 * @param competentAgencies   specific competent agencies, empty when every agency of the level is
 * @param receivingCentres    where dossiers are received (nơi tiếp nhận)
 * @param receivingPlaces     a description of the places of reception, or {@code null}
 * @param effectiveTo         the last day of effect; {@code null} while it is the current version
 * @param codeStandard        whether the code has the national format
 * @param codeVerified        whether an administrator checked the code against the national database
 */
public record ProcedureVersionDetails(ProcedureId procedureId, ProcedureVersionId id, int number, String status,
                                      String code, boolean codeStandard, boolean codeVerified, String name,
                                      String fieldCode, String fieldName, String level, AgencyId managingAgency,
                                      String applicants, String competentAuthority, List<AgencyId> competentAgencies,
                                      List<AgencyId> receivingCentres, String receivingPlaces, String steps,
                                      String conditions, ProcessingTime processingTime, List<Fee> fees,
                                      List<DossierComponent> components, String resultType, boolean electronicResult,
                                      String legalBasis, OnlineService onlineService, Integer legacyLevel,
                                      LocalDate effectiveFrom, LocalDate effectiveTo, Instant publishedAt,
                                      boolean sampleData) {

    /** Whether no fee or charge applies. */
    public boolean free() {
        return fees.stream().allMatch(Fee::free);
    }
}
