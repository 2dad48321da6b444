package vn.openprovince.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored audit entry, for reading. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String objectType,
                          String objectId, UUID agencyId, String clientAddress, String details) {
}
