package vn.openprovince.document.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;

/**
 * The Appendix VI fields a clerk enters for an incoming document (the arrival number and time are
 * the system's).
 *
 * @param agencyId        the receiving agency; by default the clerk's own
 * @param issuerCode      the issuer's identifier code (mã định danh), if known
 * @param receivedAt      when it was received, if before registration (for the registration deadline)
 * @param duplicateReason why a document that looks like one already registered is registered anyway
 */
public record IncomingRegistration(UUID agencyId, @JsonAlias("issuer") String issuerName, String issuerCode,
                                   @JsonAlias({"numberSymbol", "number"}) String numberAndSymbol,
                                   LocalDate documentDate, DocumentType type, String summary, String signerName,
                                   String signerPosition, Urgency urgency, Secrecy secrecy, Integer pages,
                                   LocalDate replyDeadline, Instant receivedAt, String duplicateReason) {

    /** Trimmed text, blank as null, Thường for missing urgency and secrecy. */
    IncomingRegistration normalized() {
        return new IncomingRegistration(agencyId, clean(issuerName), clean(issuerCode) == null ? null
                : clean(issuerCode).toUpperCase(), clean(numberAndSymbol), documentDate, type, clean(summary),
                clean(signerName), clean(signerPosition), urgency == null ? Urgency.NORMAL : urgency,
                secrecy == null ? Secrecy.NORMAL : secrecy, pages, replyDeadline, receivedAt, clean(duplicateReason));
    }

    IncomingRegistration withIssuerName(String name) {
        return new IncomingRegistration(agencyId, name, issuerCode, numberAndSymbol, documentDate, type, summary,
                signerName, signerPosition, urgency, secrecy, pages, replyDeadline, receivedAt, duplicateReason);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
