package vn.openprovince.dossier;

/**
 * One missing or wrong item of a supplement request (Form 02): either a component of the procedure (by its
 * index in the procedure version's component list) or a field of the e-form (by its name), and why.
 *
 * @param component the component's index, or {@code null} for an e-form field
 * @param field     the e-form field's name, or {@code null} for a component
 * @param label     the component's or field's name as the applicant reads it (filled in by the platform)
 */
public record SupplementItem(Integer component, String field, String label, String reason) {
}
