package vn.openprovince.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** A business's authorised staff member as its list page shows them; {@code state} is INVITED, ACTIVE or REVOKED. */
public record StaffView(UUID id, String fullName, String contact, String state, Instant addedAt, Instant activatedAt,
                        Instant revokedAt) {

    public boolean revocable() {
        return !"REVOKED".equals(state);
    }
}
