package vn.openprovince.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/** Văn bản đi đã ban hành, read by the document exchange to build the package it sends. */
public interface IssuedDocuments {

    /** The issued document with its current (signed) file; empty when unknown or not issued. */
    Optional<IssuedDocument> issued(UUID outgoingId);

    /**
     * @param number   the number as written ("01")
     * @param fileName the issued file's name; {@code content} its bytes (the signed PDF)
     */
    record IssuedDocument(UUID id, AgencyId agencyId, String number, String symbol, LocalDate issueDate,
                          Instant issuedAt, DocumentType type, String summary, String signerName,
                          String signerPosition, Urgency urgency, Integer pages, LocalDate replyDeadline,
                          String edxmlDocumentId, boolean paperCopy, String issuedByName, String fileName,
                          String mediaType, byte[] content) {
    }
}
