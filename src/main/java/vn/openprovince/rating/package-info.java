/**
 * Citizen satisfaction (đánh giá mức độ hài lòng): the applicant rates their dossier once, when its result is
 * ready or returned, on a short form derived from the provincial per-dossier evaluation (DOMAIN §6.2); aggregates
 * per agency and period feed the dashboards (Decision 766's satisfaction group). Reads dossiers through the
 * dossier module's public API only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings",
        allowedDependencies = {"dossier", "identity", "organization", "audit"})
package vn.openprovince.rating;
