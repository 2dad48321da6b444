package vn.openprovince.audit;

import java.util.UUID;

/**
 * Records state changes. Call it inside the transaction that makes the change, so the change and
 * its audit entry commit or roll back together. The actor and client address are taken from the
 * current request.
 */
public interface AuditTrail {

    /**
     * @param action     what happened, as a stable dotted code, e.g. {@code official.created}
     * @param objectType the kind of object changed, e.g. {@code Official}
     * @param objectId   the object's identifier
     * @param agencyId   the agency the object belongs to, or {@code null} for platform-wide objects
     * @param details    a short human-readable description, or {@code null}
     */
    void record(String action, String objectType, Object objectId, UUID agencyId, String details);

    /** The newest entries first. */
    org.springframework.data.domain.Page<AuditRecord> entries(org.springframework.data.domain.Pageable page);

    /** Walks the whole chain and reports the first broken link, if any. */
    ChainVerification verify();
}
