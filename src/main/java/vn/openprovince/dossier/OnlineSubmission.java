package vn.openprovince.dossier;

import java.util.List;
import java.util.Map;

/**
 * Nộp hồ sơ trực tuyến: what the signed-in citizen submits.
 *
 * @param data           the e-form's values by field name
 * @param idempotencyKey the client's key for this submission: the same key again returns the same dossier
 */
public record OnlineSubmission(String procedureCode, Map<String, Object> data, List<ComponentUpload> files,
                               String idempotencyKey) {
}
