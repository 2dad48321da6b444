package vn.openprovince.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Văn bản đi đã ban hành: the clerk issued a document with its number and symbol. The document
 * exchange sends it to the external recipients.
 *
 * @param edxmlDocumentId {@code <sender OrganId>,<yyyy/MM/dd>,<number>/<symbol>}
 * @param paperCopy       whether a paper copy also goes out (else "online only")
 * @param replaces        the document this one replaces (văn bản thay thế), or null; {@link DocumentReplaced}
 *                        follows in the same transaction
 */
public record OutgoingDocumentIssued(UUID documentId, AgencyId agencyId, String senderOrganId, String number,
                                     String symbol, LocalDate issueDate, Instant issuedAt, String edxmlDocumentId,
                                     List<Recipient> recipients, boolean paperCopy, Replaces replaces) {

    /** The replaced document: its id and edXML DocumentId. */
    public record Replaces(UUID documentId, String edxmlDocumentId) {
    }

    /** Nơi nhận: an agency on this platform ({@code agencyId}) or an external one by name and code. */
    public record Recipient(AgencyId agencyId, String name, String identifierCode) {
    }
}
