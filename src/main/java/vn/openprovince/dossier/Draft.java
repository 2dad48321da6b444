package vn.openprovince.dossier;

import java.time.Instant;
import java.util.Map;

/**
 * Hồ sơ lưu nháp: the saved, not yet submitted form of a procedure.
 *
 * @param version what a save must name, so a save from a second device does not silently overwrite
 */
public record Draft(String procedureCode, Map<String, Object> data, long version, Instant updatedAt) {
}
