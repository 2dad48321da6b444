package vn.openprovince.dossier.workflow;

import java.util.UUID;
import vn.openprovince.identity.Role;

/**
 * Bước xử lý: one row of a procedure's step table.
 *
 * @param key          a short identifier, e.g. {@code specialist} (letters, digits, {@code _}, {@code -})
 * @param agencyId     the named agency when {@code agency} is {@link StepAgency#NAMED}, else {@code null}
 * @param departmentId an optional department of that agency, whose officers alone hold the step
 * @param sharePercent the step's share of the procedure's legal processing time, 1 to 100
 */
public record StepDefinition(String key, String name, Role role, StepAgency agency, UUID agencyId,
                             UUID departmentId, int sharePercent) {
}
