package vn.openprovince.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Tiến độ văn bản đi trên hệ thống: how far each recipient on this platform got with an issued
 * document (in its inbox, registered, being processed, done). The document exchange shows these rows
 * beside the external recipients' statuses.
 */
public interface OutgoingProgress {

    /** Empty when the document is unknown or not issued. */
    Optional<Progress> progress(UUID outgoingId);

    /** @param issuer the issuing agency, for the caller's scope check */
    record Progress(UUID outgoingId, AgencyId issuer, String edxmlDocumentId, Instant issuedAt,
                    List<LocalRecipient> recipients) {
    }

    /** One recipient on this platform; {@code registeredAt}/{@code completedAt} are null until then. */
    record LocalRecipient(AgencyId agencyId, String name, String identifierCode, Stage stage, Instant registeredAt,
                          Instant completedAt) {
    }

    /** Bước của nơi nhận. */
    enum Stage {
        /** Đã đến hộp thư, chưa vào sổ. */
        IN_INBOX,
        /** Đã vào sổ. */
        REGISTERED,
        /** Đang xử lý. */
        IN_PROCESSING,
        /** Đã hoàn thành. */
        COMPLETED
    }
}
