package vn.openprovince.document.internal;

import java.util.List;
import java.util.UUID;

/**
 * The review chain, in order: e.g. the department head, then the leader who signs.
 *
 * @param parallel all reviewers give their opinion at once instead of one after the other
 */
public record SubmitInput(List<UUID> reviewerIds, Boolean parallel) {
}
