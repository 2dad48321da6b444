package vn.openprovince.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;

/** An account as administrators see it; never carries the password hash. */
public record AccountView(UUID id, String username, String displayName, UUID officialId, boolean enabled,
                          boolean locked, Instant lastLoginAt, Instant createdAt, List<GrantView> grants) {

    public record GrantView(Role role, UUID agencyId, String agencyName, ScopeKind scope) {
    }
}
