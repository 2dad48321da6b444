package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
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

    DeliveryAdministration(Outbox outbox, Tracking tracking, ExchangeAccess access, AuditTrail audit) {
        this.outbox = outbox;
        this.tracking = tracking;
        this.access = access;
        this.audit = audit;
    }

    /** Per recipient: the latest status and the history with timestamps. */
    public record RecipientStatus(String agencyCode, String name, String status, Instant updatedAt,
                                  List<Tracking.Event> history) {
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
        if (delivery.endpoint().equals("national") || !outbox.restart(id, Instant.now())) {
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
        var recipients = tracking.recipients(outgoingId);
        if (recipients.isEmpty()) {
            return new OutgoingDeliveries(outgoingId, null, 0, 0, 0, List.of(), List.of());
        }
        access.scope(Role.CLERK, Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST)
                .require(new AgencyId(recipients.getFirst().agencyId()));
        var rows = recipients.stream().map(r -> new RecipientStatus(r.organId(), r.organName(), r.statusCode(),
                r.updatedAt(), tracking.history(r.id()))).toList();
        int delivered = (int) rows.stream().filter(r -> r.status() != null
                && !StatusCode.REJECTED.code().equals(r.status())).count();
        int done = (int) rows.stream().filter(r -> StatusCode.DONE.code().equals(r.status())).count();
        return new OutgoingDeliveries(outgoingId, recipients.getFirst().documentId(), rows.size(), delivered, done,
                rows, outbox.ofOutgoing(outgoingId));
    }
}
