package vn.openprovince.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Vào sổ văn bản đến liên thông: the clerk registers a document that arrived through the document
 * exchange, with the metadata of its edXML package prefilled. The usual checks, numbering, audit
 * and {@link IncomingDocumentRegistered} event apply.
 */
public interface ExchangeRegistration {

    /**
     * Registers as the signed-in user, who must be a clerk of the receiving agency.
     *
     * @return the id of the new incoming document
     * @throws DocumentException as for a registration by hand
     */
    UUID register(ExchangedDocument document);

    /**
     * Thu hồi theo yêu cầu của nơi gửi: withdraws the content of a registered copy from view and search,
     * keeping its registration (as for a recall on this platform). Nothing happens twice.
     */
    void withdraw(UUID incomingDocumentId, String reason);

    /** What the package says, in the document module's terms. */
    record ExchangedDocument(AgencyId agencyId, String issuerName, String issuerCode, String numberAndSymbol,
                             LocalDate documentDate, DocumentType type, String summary, String signerName,
                             String signerPosition, Urgency urgency, Integer pages, LocalDate replyDeadline,
                             Instant receivedAt, String fileName, byte[] content) {
    }
}
