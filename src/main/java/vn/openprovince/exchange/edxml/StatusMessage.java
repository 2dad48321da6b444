package vn.openprovince.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Thông điệp trạng thái (edXML:Status): what the recipient did with a document, sent back to its
 * sender (DOMAIN §2.5).
 *
 * @param responseForOrganId the sender of the document the status is about
 * @param statusCode         01 arrived … 06 done, 02 rejected, 13/15/16 recall
 */
public record StatusMessage(String responseForOrganId, String responseForCode, LocalDate responseForDate,
                            String documentId, EdxmlPackage.Organ from, String statusCode, String description,
                            LocalDateTime timestamp, String department, String staff) {
}
