package vn.openprovince.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.openprovince.exchange.edxml.EdxmlReader;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.SignatureResult;
import vn.openprovince.signature.SignatureValidator;

/**
 * Kiểm tra chữ ký số của tệp đến liên thông: the PAdES signatures of an arrival's PDF, checked once
 * against the trust store (as the documents module checks an incoming PDF, Decree 30 Art. 22) and
 * kept, so the clerk sees the result in the queue before registering.
 *
 * <p>Why not on receipt: validation takes far longer than storing a package, and the sender waits
 * for the acknowledgement; the queue checks the arrivals it shows that were not checked yet.
 */
@Component
public class ArrivalSignatures {

    private static final Logger log = LoggerFactory.getLogger(ArrivalSignatures.class);

    private final SignatureValidator validator;
    private final NamedParameterJdbcTemplate jdbc;
    private final Arrivals arrivals;

    ArrivalSignatures(SignatureValidator validator, NamedParameterJdbcTemplate jdbc, Arrivals arrivals) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.arrivals = arrivals;
    }

    /**
     * Kết quả kiểm tra.
     *
     * @param status VALID, INVALID, INDETERMINATE, UNSIGNED or NOT_CHECKED (not a PDF, or the check failed)
     */
    public record Check(String status, int signatures, String signers, Instant checkedAt) {
    }

    /** The stored checks of these arrivals, checking (and storing) those not checked yet. */
    Map<UUID, Check> of(Collection<UUID> ids) {
        var result = new HashMap<UUID, Check>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query("select id, pdf_signature_status, pdf_signatures, pdf_signers, pdf_checked_at from exchange_arrival"
                + " where id in (:ids) and pdf_checked_at is not null", Map.of("ids", ids), rs -> {
            result.put(rs.getObject("id", UUID.class), new Check(rs.getString("pdf_signature_status"),
                    rs.getInt("pdf_signatures"), rs.getString("pdf_signers"), Outbox.instant(rs, "pdf_checked_at")));
        });
        for (UUID id : ids) {
            if (!result.containsKey(id)) {
                var check = check(id);
                jdbc.update("update exchange_arrival set pdf_signature_status = :status, pdf_signatures = :count,"
                        + " pdf_signers = :signers, pdf_checked_at = :at where id = :id", Map.of("status", check.status(),
                        "count", check.signatures(), "signers", check.signers(), "at", Timestamp.from(check.checkedAt()),
                        "id", id));
                result.put(id, check);
            }
        }
        return result;
    }

    private Check check(UUID arrivalId) {
        Instant now = Instant.now();
        try {
            var attachment = EdxmlReader.readPackage(arrivals.packageXml(arrivalId)).value().attachments().getFirst();
            if (!"application/pdf".equalsIgnoreCase(attachment.contentType()) && !attachment.name().toLowerCase()
                    .endsWith(".pdf")) {
                return new Check("NOT_CHECKED", 0, "", now);
            }
            var signatures = validator.validate(attachment.content()).signatures();
            List<String> signers = signatures.stream().map(SignatureResult::signer).filter(Objects::nonNull).toList();
            String joined = String.join("; ", signers);
            return new Check(status(signatures.stream().map(SignatureResult::indication).toList()), signatures.size(),
                    joined.length() > 1000 ? joined.substring(0, 1000) : joined, now);
        } catch (SignatureException e) {
            log.info("signatures of arrival {} not checked: {}", arrivalId, e.getMessage());
            return new Check("NOT_CHECKED", 0, "", now);
        } catch (RuntimeException e) {
            // DSS fails in many ways on unusual PDFs; none of them may stop the clerk registering.
            log.warn("signatures of arrival {} not checked", arrivalId, e);
            return new Check("NOT_CHECKED", 0, "", now);
        }
    }

    static String status(List<SignatureResult.Indication> indications) {
        if (indications.isEmpty()) {
            return "UNSIGNED";
        }
        if (indications.contains(SignatureResult.Indication.TOTAL_FAILED)) {
            return "INVALID";
        }
        if (indications.contains(SignatureResult.Indication.INDETERMINATE)) {
            return "INDETERMINATE";
        }
        return "VALID";
    }
}
