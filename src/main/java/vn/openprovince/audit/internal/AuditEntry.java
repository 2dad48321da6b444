package vn.openprovince.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One link of the audit chain; its hash covers every field and the previous entry's hash. */
record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
                  UUID agencyId, String clientAddress, String details, String previousHash) {

    static final String GENESIS = "0".repeat(64);

    String hash() {
        var canonical = new StringBuilder();
        // Length-prefixed fields: no choice of separator can make two different entries hash alike.
        for (Object field : new Object[] {seq, occurredAt.getEpochSecond(), occurredAt.getNano(), actor, action,
                objectType, objectId, agencyId, clientAddress, details, previousHash}) {
            String value = field == null ? "" : field.toString();
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
