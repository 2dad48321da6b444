package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.ExchangeRegistration;
import vn.openprovince.document.Urgency;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlReader;
import vn.openprovince.exchange.edxml.StatusCode;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.AgencyId;

/**
 * Văn bản liên thông chờ vào sổ: the clerk's queue of what arrived, registration through the
 * document module (which sends 03 back) and return of a misaddressed or invalid document (02).
 */
@Service
public class ArrivalService {

    private final Arrivals arrivals;
    private final ExchangeAccess access;
    private final ExchangeRegistration registration;
    private final StatusSending statuses;
    private final AuditTrail audit;

    private final ArrivalSignatures signatures;

    ArrivalService(Arrivals arrivals, ExchangeAccess access, ExchangeRegistration registration,
                   StatusSending statuses, AuditTrail audit, ArrivalSignatures signatures) {
        this.signatures = signatures;
        this.arrivals = arrivals;
        this.access = access;
        this.registration = registration;
        this.statuses = statuses;
        this.audit = audit;
    }

    /** What the API and page show of an arrival. */
    public record ArrivalView(UUID id, String documentId, String senderOrganId, String senderName,
                              String recipientOrganId, UUID agencyId, String numberAndSymbol,
                              java.time.LocalDate promulgationDate, String subject, int priority, String signerName,
                              String signedBy, String state, UUID incomingDocumentId, Instant receivedAt,
                              String recallState, String recallReason, String changeKind, String changeState,
                              String changeReason, String replacesDocumentId, ArrivalSignatures.Check pdfSignature) {

        static ArrivalView of(Arrivals.Arrival a) {
            return of(a, null);
        }

        static ArrivalView of(Arrivals.Arrival a, ArrivalSignatures.Check pdfSignature) {
            return new ArrivalView(a.id(), a.documentId(), a.senderOrganId(), a.senderName(), a.recipientOrganId(),
                    a.agencyId(), a.numberAndSymbol(), a.promulgationDate(), a.subject(), a.priority(),
                    a.signerName(), a.signedBy(), a.state(), a.incomingDocumentId(), a.receivedAt(),
                    a.recallState(), a.recallReason(), a.changeKind(), a.changeState(), a.changeReason(),
                    a.replacesDocumentId(), pdfSignature);
        }
    }

    /** One attachment of an arrival, for download. */
    public record AttachmentFile(String name, String contentType, byte[] content) {
    }

    /** One page of the queue; the PDF signatures of the arrivals shown are checked once (and kept). */
    @Transactional
    public Page<ArrivalView> list(String state, Pageable pageable) {
        var scope = access.scope(Role.CLERK);
        Set<UUID> agencies = scope.all() ? null
                : scope.agencies().stream().map(AgencyId::value).collect(Collectors.toSet());
        var page = arrivals.page(agencies, state == null ? "TO_REGISTER" : state, pageable);
        var checks = signatures.of(page.getContent().stream().filter(ArrivalService::hasContent)
                .map(Arrivals.Arrival::id).toList());
        return page.map(a -> ArrivalView.of(a, checks.get(a.id())));
    }

    @Transactional
    public ArrivalView get(UUID id) {
        var arrival = visible(id);
        return ArrivalView.of(arrival, hasContent(arrival) ? signatures.of(List.of(id)).get(id) : null);
    }

    /** Whether the arrival still has its content (a recalled or replaced one has not). */
    private static boolean hasContent(Arrivals.Arrival a) {
        return !"RECALLED".equals(a.state()) && !"REPLACED".equals(a.state());
    }

    @Transactional(readOnly = true)
    public AttachmentFile file(UUID id) {
        String state = visible(id).state();
        if ("RECALLED".equals(state) || "REPLACED".equals(state)) {
            throw new ExchangeException(ExchangeError.EXC_DOCUMENT_RECALLED);
        }
        var attachment = EdxmlReader.readPackage(arrivals.packageXml(id)).value().attachments().getFirst();
        return new AttachmentFile(attachment.name(), attachment.contentType(), attachment.content());
    }

    /**
     * Vào sổ: the document module registers it (numbering, checks, audit) in this transaction, and
     * the 03 for the sender is written to the outbox with it, so both or neither happen.
     */
    @Transactional
    public UUID register(UUID id) {
        var arrival = visible(id);
        if (!"TO_REGISTER".equals(arrival.state())) {
            throw new ExchangeException(ExchangeError.EXC_ARRIVAL_ALREADY_REGISTERED);
        }
        EdxmlPackage pkg = EdxmlReader.readPackage(arrivals.packageXml(id)).value();
        var header = pkg.header();
        var attachment = pkg.attachments().getFirst();
        UUID incomingId = registration.register(new ExchangeRegistration.ExchangedDocument(
                new AgencyId(arrival.agencyId()), header.from().organName(), header.from().organId(),
                arrival.numberAndSymbol(), header.promulgationDate(), type(header.type(), header.typeName()),
                header.subject(), header.signerFullName(), header.signerPosition(),
                Urgency.values()[Math.min(header.priority(), Urgency.values().length - 1)], header.pageAmount(),
                header.dueDate(), arrival.receivedAt(), attachment.name(), attachment.content()));
        if (!arrivals.markRegistered(id, incomingId, Instant.now())) {
            // Registered by another clerk meanwhile: roll this registration back.
            throw new ExchangeException(ExchangeError.EXC_ARRIVAL_ALREADY_REGISTERED);
        }
        statuses.queue(arrival, StatusCode.REGISTERED, "Đã vào sổ văn bản đến", access.actor());
        audit.record("exchange.arrival-registered", "Arrival", id, arrival.agencyId(),
                "%s vào sổ (văn bản đến %s)".formatted(arrival.documentId(), incomingId));
        return incomingId;
    }

    /** Trả lại: returns an invalid or misaddressed document to its sender with status 02. */
    @Transactional
    public void reject(UUID id, String reason) {
        var arrival = visible(id);
        if (reason == null || reason.isBlank()) {
            throw ExchangeException.onField("reason", ExchangeError.EXC_INVALID_VALUE, "reason");
        }
        if (!arrivals.markRejected(id)) {
            throw new ExchangeException(ExchangeError.EXC_ARRIVAL_ALREADY_REGISTERED);
        }
        statuses.queue(arrival, StatusCode.REJECTED, reason.strip(), access.actor());
        audit.record("exchange.arrival-returned", "Arrival", id, arrival.agencyId(),
                "%s trả lại: %s".formatted(arrival.documentId(), reason.strip()));
    }

    /**
     * Trả lời yêu cầu thu hồi: accepting withdraws the content (a registered copy through the document
     * module, keeping its registration) and sends 15; refusing sends 16.
     */
    @Transactional
    public void answerRecall(UUID id, boolean accept, String note) {
        var arrival = visible(id);
        if (!arrivals.answerRecall(id, accept)) {
            throw new ExchangeException(ExchangeError.EXC_NO_RECALL_REQUESTED);
        }
        if (accept && arrival.incomingDocumentId() != null) {
            registration.withdraw(arrival.incomingDocumentId(), arrival.recallReason());
        }
        statuses.queue(arrival, accept ? StatusCode.RECALL_ACCEPTED : StatusCode.RECALL_REFUSED,
                note == null || note.isBlank() ? null : note.strip(), access.actor());
        audit.record(accept ? "exchange.recall-accepted" : "exchange.recall-refused", "Arrival", id,
                arrival.agencyId(), "%s%s".formatted(arrival.documentId(), note == null ? "" : ": " + note));
    }

    /**
     * Trả lời yêu cầu cập nhật / thay thế (BussinessDocType 2 / 3). Accepting an update of a document
     * not yet registered makes the update the document to register; a registered copy cannot be
     * updated in place (refuse it, and the sender replaces the document instead). Accepting a
     * replacement withdraws the replaced document here (from the queue, or its registered copy's
     * content) and sends 15 for it; refusing sends 16 and keeps both.
     */
    @Transactional
    public void answerChange(UUID id, boolean accept, String note) {
        var arrival = visible(id);
        if (!"REQUESTED".equals(arrival.changeState())) {
            throw new ExchangeException(ExchangeError.EXC_NO_CHANGE_REQUESTED);
        }
        String answer = note == null || note.isBlank() ? null : note.strip();
        if ("UPDATE".equals(arrival.changeKind())) {
            if (accept) {
                if (!"TO_REGISTER".equals(arrival.state())) {
                    throw new ExchangeException(ExchangeError.EXC_UPDATE_AFTER_REGISTRATION);
                }
                byte[] updated = arrivals.changeXml(id);
                var header = EdxmlReader.readPackage(updated).value().header();
                arrivals.applyUpdate(id, updated, header.codeNumber() + "/" + header.codeNotation(),
                        header.promulgationDate(), header.subject(), header.priority(), header.signerFullName(),
                        header.signerPosition(), header.dueDate());
            }
            arrivals.answerChange(id, accept);
            statuses.queue(arrival, accept ? StatusCode.RECALL_ACCEPTED : StatusCode.RECALL_REFUSED,
                    answer == null ? (accept ? "Đồng ý cập nhật" : "Từ chối cập nhật") : answer, access.actor());
            audit.record(accept ? "exchange.update-accepted" : "exchange.update-refused", "Arrival", id,
                    arrival.agencyId(), "%s: %s%s".formatted(arrival.documentId(), arrival.changeReason(),
                            answer == null ? "" : " (" + answer + ")"));
            return;
        }
        arrivals.answerChange(id, accept);
        var replaced = arrivals.find(arrival.replacesDocumentId(), arrival.senderOrganId(), arrival.recipientOrganId())
                .orElse(null);
        if (replaced != null) {
            if (accept) {
                if (replaced.incomingDocumentId() != null) {
                    registration.withdraw(replaced.incomingDocumentId(), "Đã được thay thế bằng văn bản "
                            + arrival.numberAndSymbol() + ": " + arrival.changeReason());
                } else {
                    arrivals.markReplaced(replaced.id());
                }
            }
            statuses.queue(replaced, accept ? StatusCode.RECALL_ACCEPTED : StatusCode.RECALL_REFUSED,
                    answer == null ? (accept ? "Đồng ý thay thế bằng " : "Từ chối thay thế bằng ")
                            + arrival.numberAndSymbol() : answer, access.actor());
        }
        audit.record(accept ? "exchange.replacement-accepted" : "exchange.replacement-refused", "Arrival", id,
                arrival.agencyId(), "%s thay thế %s%s".formatted(arrival.documentId(), arrival.replacesDocumentId(),
                        replaced == null ? " (văn bản bị thay thế chưa từng đến)" : ""));
    }

    private Arrivals.Arrival visible(UUID id) {
        var arrival = arrivals.find(id).orElseThrow(() -> new ExchangeException(ExchangeError.EXC_UNKNOWN_ARRIVAL, id));
        access.scope(Role.CLERK).require(new AgencyId(arrival.agencyId()));
        return arrival;
    }

    static DocumentType type(String code, String name) {
        if (code != null) {
            try {
                return DocumentType.valueOf(code);
            } catch (IllegalArgumentException ignored) {
                // another system's code set (DOMAIN §2.3: they disagree): try the name
            }
        }
        for (DocumentType type : DocumentType.values()) {
            if (type.vietnameseName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return type;
            }
        }
        return DocumentType.CONG_VAN;
    }
}
