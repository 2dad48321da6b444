package vn.openprovince.identity;

import java.util.UUID;

/**
 * Tài khoản cán bộ: an enabled account of an official, as other modules address it (an in-app notice goes to
 * {@code accountId}).
 */
public record OfficialAccount(UUID accountId, String username, String displayName, UUID officialId) {
}
