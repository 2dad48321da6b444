package vn.openprovince.signature;

import java.time.Instant;
import java.util.UUID;

/**
 * Văn bản đã được ký số: published after each signature the platform applies.
 *
 * @param kind         PERSONAL, AGENCY, ATTACHMENT or COPY
 * @param signatoryId  the official (personal) or the agency
 * @param sha256       hex SHA-256 of the signed PDF, to link the event to the stored file
 */
public record DocumentSigned(Kind kind, UUID signatoryId, String sha256, Instant signedAt) {

    public enum Kind { PERSONAL, AGENCY, ATTACHMENT, COPY }
}
