package vn.openprovince.catalog.internal;

import java.util.List;
import java.util.UUID;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.Fee;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcessingTime;

/**
 * What one version of a procedure says; the same input from the form, the API and the Excel import.
 * Checked by {@link ContentRules} before it reaches a version.
 */
public record ProcedureContent(String name, String fieldCode, String levelCode, String applicants,
                               String competentAuthority, List<UUID> competentAgencies, List<UUID> receivingCentres,
                               String receivingPlaces, String steps, String conditions, ProcessingTime processingTime,
                               List<Fee> fees, List<DossierComponent> components, String resultType,
                               boolean electronicResult, String legalBasis, OnlineService onlineService,
                               Integer legacyLevel) {

    public ProcedureContent {
        competentAgencies = competentAgencies == null ? List.of() : List.copyOf(competentAgencies);
        receivingCentres = receivingCentres == null ? List.of() : List.copyOf(receivingCentres);
        fees = fees == null ? List.of() : List.copyOf(fees);
        components = components == null ? List.of() : List.copyOf(components);
    }
}
