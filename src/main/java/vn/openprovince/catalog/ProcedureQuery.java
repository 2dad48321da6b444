package vn.openprovince.catalog;

import vn.openprovince.organization.AgencyId;

/**
 * A search of the published catalogue. Every part is optional.
 *
 * @param text   words to find in the name or code, diacritics and case ignored, all words required
 * @param level  a unit level code ({@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE})
 * @param field  a field code
 * @param agency the agency that manages the procedure (cơ quan quản lý thủ tục)
 */
public record ProcedureQuery(String text, String level, String field, AgencyId agency) {

    public static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null);
    }
}
