package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Lượt gửi: one outbox row, a signed package or status message for one platform.
 *
 * @param kind       {@code PACKAGE}, {@code RECALL}, {@code UPDATE}, {@code REPLACE} or {@code STATUS}
 * @param recipients the OrganIds the package is addressed to (the sender of the document for a status)
 */
public record Delivery(UUID id, String kind, UUID outgoingId, UUID agencyId, String edxmlDocumentId, String statusCode,
                       String endpoint, String recipients, DeliveryState state, int attempts, Instant nextAttemptAt,
                       String lastError, Instant createdAt, Instant deliveredAt) {

    public static final String PACKAGE = "PACKAGE";
    public static final String STATUS = "STATUS";
    /** A recall request (BussinessDocType 1) for a package sent before. */
    public static final String RECALL = "RECALL";
    /** An update request (BussinessDocType 2) carrying the document as it stands now. */
    public static final String UPDATE = "UPDATE";
    /** A new document replacing one sent before (BussinessDocType 3). */
    public static final String REPLACE = "REPLACE";

    /** Whether this row carries a document whose arrival is acknowledged with 01. */
    boolean carriesNewDocument() {
        return PACKAGE.equals(kind) || REPLACE.equals(kind);
    }

    List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
