package vn.openprovince.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Gói tin edXML: one document sent from one agency to the recipients of one platform, as QCVN
 * 102:2016 structures it (MessageHeader, TraceHeaderList, manifest, attachments outside the envelope).
 */
public record EdxmlPackage(MessageHeader header, List<TraceHeader> traces, Business business,
                           List<Attachment> attachments) {

    public EdxmlPackage {
        traces = List.copyOf(traces);
        attachments = List.copyOf(attachments);
    }

    /** Cơ quan gửi/nhận: an agency by its QCVN 102 identifier (OrganId). */
    public record Organ(String organId, String organName, String organizationInCharge) {
    }

    /**
     * Thông tin văn bản (MessageHeader §1.1–1.14).
     *
     * @param priority    độ khẩn 0 Thường … 4 Hỏa tốc hẹn giờ
     * @param documentId  {@code <sender OrganId>,<yyyy/MM/dd>,<number>/<symbol>}
     */
    public record MessageHeader(Organ from, List<Organ> to, String codeNumber, String codeNotation, String place,
                                LocalDate promulgationDate, String type, String typeName, String subject,
                                String signerCompetence, String signerPosition, String signerFullName,
                                LocalDate dueDate, int priority, Integer pageAmount, String documentId) {

        public MessageHeader {
            to = List.copyOf(to);
        }
    }

    /** Vết chuyển: one hop the package passed (OrganId and time, {@code yyyy/MM/dd HH:mm:ss} local). */
    public record TraceHeader(String organId, LocalDateTime timestamp) {
    }

    /**
     * Nghiệp vụ (Bussiness): what the package does to the document.
     *
     * @param docType 0 new, 1 recall (thu hồi), 2 update (cập nhật), 3 replace (thay thế)
     * @param reason  required for types 1–3
     * @param paper   whether a paper copy also goes out
     */
    public record Business(int docType, String reason, boolean paper, String staff, List<Replacement> replacements) {

        public Business {
            replacements = replacements == null ? List.of() : List.copyOf(replacements);
        }

        public Business(int docType, String reason, boolean paper, String staff) {
            this(docType, reason, paper, staff, List.of());
        }

        public static Business newDocument(boolean paper, String staff) {
            return new Business(0, null, paper, staff);
        }
    }

    /**
     * ReplacementInfo (§2.2.8): the document this package replaces (BussinessDocType 3) and the
     * recipients whose copy it replaces.
     */
    public record Replacement(String documentId, List<String> organIds) {

        public Replacement {
            organIds = List.copyOf(organIds);
        }
    }

    /** Tệp đính kèm: carried base64-encoded in AttachmentEncoded, referenced by {@code cid:} from the manifest. */
    public record Attachment(String contentId, String name, String contentType, String description,
                             byte[] content) {
    }
}
