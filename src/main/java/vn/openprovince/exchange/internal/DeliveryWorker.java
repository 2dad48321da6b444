package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.NationalExchangeConnector;
import vn.openprovince.exchange.edxml.StatusCode;

/**
 * Tiến trình gửi: claims due outbox rows, posts them, and records the outcome. The HTTP call runs
 * outside any transaction; a crash after the peer stored the package but before the outcome is
 * written means the row is sent again after its claim expires, which the peer acknowledges as a
 * duplicate without storing it twice.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_ROUNDS_PER_RUN = 50;
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private final Outbox outbox;
    private final Tracking tracking;
    private final PeerTransport transport;
    private final ExchangeSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    private final ObjectProvider<NationalExchangeConnector> national;

    DeliveryWorker(Outbox outbox, Tracking tracking, PeerTransport transport, ExchangeSettings settings,
                   AuditTrail audit, TransactionTemplate transactions, ObjectProvider<NationalExchangeConnector> national) {
        this.national = national;
        this.outbox = outbox;
        this.tracking = tracking;
        this.transport = transport;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${openprovince.exchange.worker-delay:2s}",
            initialDelayString = "${openprovince.exchange.worker-delay:2s}")
    void deliverDue() {
        // A full batch means more is due: take the next one at once instead of waiting the delay (bounded).
        for (int round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
            Instant now = Instant.now();
            var due = outbox.due(now, settings.batchSize());
            var claimed = new ArrayList<UUID>();
            for (UUID id : due) {
                if (outbox.claim(id, now, now.plus(settings.claimFor()))) {
                    claimed.add(id);
                }
            }
            send(claimed);
            if (due.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /**
     * Sends the claimed rows, up to {@code parallel-sends} at once on virtual threads: a peer's answer
     * takes far longer than our part, so one row at a time would leave the node idle. Each row keeps
     * its own claim, attempt and outcome; the order between rows was never promised (the receiver
     * orders statuses by rank).
     */
    private void send(List<UUID> claimed) {
        if (claimed.size() <= 1 || settings.parallelSends() <= 1) {
            claimed.forEach(this::attemptLogged);
            return;
        }
        var slots = new Semaphore(settings.parallelSends());
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (UUID id : claimed) {
                executor.submit(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        attemptLogged(id);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    private void attemptLogged(UUID id) {
        try {
            attempt(id);
        } catch (RuntimeException e) {
            log.warn("Delivery {} failed unexpectedly", id, e);
            // Released for another attempt after the first back-off rather than held until its claim
            // expires; if even this fails (database gone), the claim's expiry frees the row.
            try {
                transactions.executeWithoutResult(s -> outbox.retryAt(id, Instant.now().plus(settings.initialBackoff()),
                        e.toString()));
            } catch (RuntimeException again) {
                log.warn("Delivery {} stays claimed until its claim expires", id, again);
            }
        }
    }

    void attempt(UUID id) {
        var delivery = outbox.find(id).orElseThrow();
        var outcome = ExchangeSending.NATIONAL.equals(delivery.endpoint()) ? sendNational(outbox.payload(id))
                : transport.send(delivery.endpoint(), outbox.payload(id));
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            if (outcome.acknowledged()) {
                outbox.delivered(id, now);
                if (delivery.carriesNewDocument()) {
                    recordForRecipients(delivery, StatusCode.ARRIVED, "Đã đến nền tảng nhận", now);
                }
                audit.record("exchange.delivered", "Delivery", id, delivery.agencyId(),
                        "%s %s tới %s (lần %d)".formatted(label(delivery), delivery.edxmlDocumentId(),
                                delivery.endpoint(), delivery.attempts()));
            } else if (outcome.refused()) {
                String reason = reason(outcome);
                outbox.finished(id, DeliveryState.REJECTED, reason);
                if (delivery.carriesNewDocument()) {
                    recordForRecipients(delivery, StatusCode.REJECTED, reason, now);
                }
                audit.record("exchange.delivery-refused", "Delivery", id, delivery.agencyId(),
                        "%s %s: %s".formatted(label(delivery), delivery.edxmlDocumentId(), reason));
            } else if (delivery.attempts() >= settings.maxAttempts()) {
                outbox.finished(id, DeliveryState.DEAD, reason(outcome));
                audit.record("exchange.delivery-dead", "Delivery", id, delivery.agencyId(),
                        "%s %s tới %s sau %d lần: %s".formatted(label(delivery), delivery.edxmlDocumentId(),
                                delivery.endpoint(), delivery.attempts(), reason(outcome)));
                log.warn("Delivery {} to {} is DEAD after {} attempts", id, delivery.endpoint(), delivery.attempts());
            } else {
                outbox.retryAt(id, now.plus(settings.backoff(delivery.attempts())), reason(outcome));
            }
        });
    }

    /** Through the national axis: its document id is the acknowledgement; a failure is retried. */
    private PeerTransport.Outcome sendNational(byte[] payload) {
        var connector = national.getIfAvailable();
        if (connector == null) {
            return new PeerTransport.Outcome(0, "the national exchange connector is not configured");
        }
        try {
            return new PeerTransport.Outcome(200, "{\"docId\":\"" + connector.send(payload) + "\"}");
        } catch (ExchangeException e) {
            return new PeerTransport.Outcome(0, e.reason());
        }
    }

    private void recordForRecipients(Delivery delivery, StatusCode code, String description, Instant now) {
        for (String organId : delivery.recipientList()) {
            tracking.recipient(delivery.edxmlDocumentId(), organId)
                    .ifPresent(r -> tracking.record(r.id(), code, description, now, now));
        }
    }

    private static String label(Delivery delivery) {
        return switch (delivery.kind()) {
            case Delivery.PACKAGE -> "gói tin";
            case Delivery.RECALL -> "yêu cầu thu hồi";
            case Delivery.UPDATE -> "yêu cầu cập nhật";
            case Delivery.REPLACE -> "văn bản thay thế";
            default -> "trạng thái " + delivery.statusCode();
        };
    }

    private static String reason(PeerTransport.Outcome outcome) {
        if (outcome.status() == 0) {
            return outcome.body();
        }
        Matcher code = CODE.matcher(outcome.body() == null ? "" : outcome.body());
        return "HTTP " + outcome.status() + (code.find() ? " " + code.group(1) : "");
    }
}
