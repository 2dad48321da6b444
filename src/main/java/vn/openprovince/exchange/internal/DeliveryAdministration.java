package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.OutgoingProgress;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.edxml.StatusCode;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.AgencyId;

/**
 * Quản trị hàng đợi gửi: administrators inspect deliveries, retry a dead one or cancel it; officials
 * see per recipient how far each issued document got.
 */
@Service
public class DeliveryAdministration {

    private final Outbox outbox;
    private final Tracking tracking;
    private final ExchangeAccess access;
    private final AuditTrail audit;
    private final OutgoingProgress progress;

    DeliveryAdministration(Outbox outbox, Tracking tracking, ExchangeAccess access, AuditTrail audit,
                           OutgoingProgress progress) {
        this.progress = progress;
        this.outbox = outbox;
        this.tracking = tracking;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Per recipient: the latest status and the history with timestamps. For a recipient on this
     * platform ({@code onThisPlatform}) the status is read from its document: 01 in its inbox, 03
     * registered, 04 being processed, 06 done.
     */
    public record RecipientStatus(String agencyCode, String name, String status, Instant updatedAt,
                                  List<Tracking.Event> history, boolean onThisPlatform) {
    }

    /** "Đã gửi tới N trên M, K nơi đã hoàn thành" with the rows behind it. */
    public record OutgoingDeliveries(UUID documentId, String edxmlDocumentId, int recipients, int delivered, int done,
                                     List<RecipientStatus> perRecipient, List<Delivery> deliveries) {
    }

    @Transactional(readOnly = true)
    public List<Delivery> list(DeliveryState state) {
        return state == null ? outbox.recent(200) : outbox.byState(state, 200);
    }

    @Transactional
    public Delivery retry(UUID id) {
        var delivery = outbox.find(id).orElseThrow(() -> new ExchangeException(ExchangeError.EXC_UNKNOWN_DELIVERY, id));
        boolean unsent = delivery.endpoint().equals(ExchangeSending.NATIONAL) && outbox.payload(id).length == 0;
        if (unsent || !outbox.restart(id, Instant.now())) {
            throw new ExchangeException(ExchangeError.EXC_DELIVERY_NOT_DEAD);
        }
        audit.record("exchange.delivery-retried", "Delivery", id, delivery.agencyId(),
                "%s %s tới %s (trước đó %s sau %d lần: %s)".formatted(delivery.kind(), delivery.edxmlDocumentId(),
                        delivery.endpoint(), delivery.state(), delivery.attempts(), delivery.lastError()));
        return outbox.find(id).orElseThrow();
    }

    @Transactional
    public Delivery cancel(UUID id) {
        var delivery = outbox.find(id).orElseThrow(() -> new ExchangeException(ExchangeError.EXC_UNKNOWN_DELIVERY, id));
        if (!outbox.cancel(id)) {
            throw new ExchangeException(ExchangeError.EXC_DELIVERY_NOT_DEAD);
        }
        audit.record("exchange.delivery-cancelled", "Delivery", id, delivery.agencyId(),
                "%s %s tới %s".formatted(delivery.kind(), delivery.edxmlDocumentId(), delivery.endpoint()));
        return outbox.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public OutgoingDeliveries ofOutgoing(UUID outgoingId) {
        var local = progress.progress(outgoingId).orElse(null);
        var recipients = tracking.recipients(outgoingId);
        if (recipients.isEmpty() && (local == null || local.recipients().isEmpty())) {
            return new OutgoingDeliveries(outgoingId, local == null ? null : local.edxmlDocumentId(), 0, 0, 0,
                    List.of(), List.of());
        }
        access.scope(Role.CLERK, Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST)
                .require(local != null ? local.issuer() : new AgencyId(recipients.getFirst().agencyId()));
        var rows = new java.util.ArrayList<RecipientStatus>();
        if (local != null) {
            for (var r : local.recipients()) {
                rows.add(localStatus(r, local.issuedAt()));
            }
        }
        for (var r : recipients) {
            rows.add(new RecipientStatus(r.organId(), r.organName(), r.statusCode(), r.updatedAt(),
                    tracking.history(r.id()), false));
        }
        int delivered = (int) rows.stream().filter(r -> r.status() != null
                && !StatusCode.REJECTED.code().equals(r.status())).count();
        int done = (int) rows.stream().filter(r -> StatusCode.DONE.code().equals(r.status())
                || r.history().stream().anyMatch(e -> StatusCode.DONE.code().equals(e.statusCode()))).count();
        String edxmlId = local != null ? local.edxmlDocumentId() : recipients.getFirst().documentId();
        return new OutgoingDeliveries(outgoingId, edxmlId, rows.size(), delivered, done, rows,
                outbox.ofOutgoing(outgoingId));
    }

    /** A recipient on this platform: its statuses are what its document shows, with their times. */
    private static RecipientStatus localStatus(OutgoingProgress.LocalRecipient r, Instant issuedAt) {
        var history = new java.util.ArrayList<Tracking.Event>();
        history.add(new Tracking.Event(StatusCode.ARRIVED.code(), null, issuedAt, issuedAt));
        if (r.registeredAt() != null) {
            history.add(new Tracking.Event(StatusCode.REGISTERED.code(), null, r.registeredAt(), r.registeredAt()));
        }
        if (r.completedAt() != null) {
            history.add(new Tracking.Event(StatusCode.DONE.code(), null, r.completedAt(), r.completedAt()));
        }
        String status = switch (r.stage()) {
            case IN_INBOX -> StatusCode.ARRIVED.code();
            case REGISTERED -> StatusCode.REGISTERED.code();
            case IN_PROCESSING -> StatusCode.ASSIGNED.code();
            case COMPLETED -> StatusCode.DONE.code();
        };
        return new RecipientStatus(r.identifierCode(), r.name(), status, history.getLast().receivedAt(), history, true);
    }
}
