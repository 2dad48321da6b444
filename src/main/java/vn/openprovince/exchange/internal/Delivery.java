package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Lượt gửi: one outbox row, a signed package or status message for one platform.
 *
 * @param kind       {@code PACKAGE}, {@code RECALL} or {@code STATUS}
 * @param recipients the OrganIds the package is addressed to (the sender of the document for a status)
 */
public record Delivery(UUID id, String kind, UUID outgoingId, UUID agencyId, String edxmlDocumentId, String statusCode,
                       String endpoint, String recipients, DeliveryState state, int attempts, Instant nextAttemptAt,
                       String lastError, Instant createdAt, Instant deliveredAt) {

    public static final String PACKAGE = "PACKAGE";
    public static final String STATUS = "STATUS";
    /** A recall request (BussinessDocType 1) for a package sent before. */
    public static final String RECALL = "RECALL";

    List<String> recipientList() {
        return Arrays.stream(recipients.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
