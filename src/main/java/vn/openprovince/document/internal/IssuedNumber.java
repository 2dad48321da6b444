package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What issuing gives: {@code number} "01", {@code symbol} "QĐ-UBND", {@code numberAndSymbol} "01/QĐ-UBND".
 *
 * @param documentId the edXML DocumentId
 */
public record IssuedNumber(UUID id, String number, String symbol, String numberAndSymbol, LocalDate issueDate,
                           String documentId, boolean agencySigned) {
}
