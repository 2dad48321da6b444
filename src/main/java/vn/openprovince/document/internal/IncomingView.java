package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;

/**
 * An incoming document as the API and pages show it.
 *
 * @param arrivalNumber        số đến, from 1 each year in each agency
 * @param arrivalNumberText    the arrival number as written, two digits at least ("01")
 * @param registeredLate       registered after the registration deadline (end of the next working day)
 * @param scanned              the PDF has no text layer (a scan): its words are not searchable
 * @param recalledAt           when the issuer recalled it (a copy from this platform); its file is withdrawn
 * @param signatureStatus      what the check of its digital signatures found when it was registered
 * @param signatureCount       how many digital signatures the PDF carries
 * @param signatureSigners     the signers' names from their certificates, "; "-separated, or {@code null}
 * @param steps                the processing tree, roots first, each followed by its assignments
 */
public record IncomingView(UUID id, UUID agencyId, String agencyName, int arrivalYear, int arrivalNumber,
                           String arrivalNumberText, Instant arrivedAt, Instant receivedAt,
                           Instant registrationDeadline, boolean registeredLate, String registeredBy,
                           String issuerName, String issuerCode, String numberAndSymbol, LocalDate documentDate,
                           DocumentType type, String typeName, String summary, String signerName,
                           String signerPosition, Urgency urgency, Secrecy secrecy, Integer pages,
                           LocalDate replyDeadline, String fileName, boolean scanned, String duplicateReason,
                           IncomingStatus status, Instant completedAt, Instant recalledAt, String recallReason,
                           SignatureStatus signatureStatus, int signatureCount, String signatureSigners,
                           List<StepView> steps) {
}
