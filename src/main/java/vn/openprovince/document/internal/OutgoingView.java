package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.document.AdvisoryBody;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;

/**
 * An outgoing document as the API and pages show it.
 *
 * @param number          the issued number as written ("01"), or {@code null} before issue
 * @param numberAndSymbol e.g. {@code 01/QĐ-UBND}
 * @param edxmlDocumentId the DocumentId the exchange uses
 * @param replaces        the issued document this one replaces, if any
 * @param replacedBy      the document that replaced this one, if it is {@code REPLACED}
 */
public record OutgoingView(UUID id, UUID agencyId, String agencyName, UUID draftingDepartmentId,
                           String draftingDepartmentName, UUID drafterId, String drafterName, DocumentType type,
                           String typeName, String summary, Urgency urgency, Secrecy secrecy, String signerName,
                           String signerPosition, Integer pages, LocalDate replyDeadline, UUID inReplyTo,
                           AdvisoryBody advisoryBody, OutgoingStatus status, String number, String symbol, String numberAndSymbol,
                           LocalDate issueDate, Instant issuedAt, String issuedBy, boolean paperCopy,
                           String edxmlDocumentId, Instant createdAt, List<Version> versions,
                           List<Review> reviews, List<Recipient> recipients, Link replaces, Link replacedBy) {

    /** A link to another outgoing document: its id, number and symbol, and when the replacement was issued. */
    public record Link(UUID id, String numberAndSymbol, Instant at) {
    }

    public record Version(int ordinal, String kind, String fileName, String mediaType, String uploadedBy,
                          Instant uploadedAt) {
    }

    public record Review(int round, int ordinal, UUID reviewerId, String reviewerName, ReviewStatus status,
                         String comment, Instant decidedAt) {
    }

    public record Recipient(UUID agencyId, String name, String identifierCode, UUID incomingId) {
    }
}
