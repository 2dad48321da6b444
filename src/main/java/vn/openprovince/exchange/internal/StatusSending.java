package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.w3c.dom.Element;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.IncomingDocumentDirected;
import vn.openprovince.document.ProcessingAssigned;
import vn.openprovince.document.ProcessingCompleted;
import vn.openprovince.exchange.NationalExchangeConnector;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlWriter;
import vn.openprovince.exchange.edxml.StatusCode;
import vn.openprovince.exchange.edxml.StatusMessage;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.XmlSealSigner;

/**
 * Gửi trạng thái xử lý về nơi gửi: the recipient's document events become signed status messages
 * (04 directed, 05 assigned, 06 done; 03 and 02 are written by the registration or rejection itself)
 * in the same outbox as packages. Each code is sent once per arrival.
 */
@Service
class StatusSending {

    private static final Logger log = LoggerFactory.getLogger(StatusSending.class);

    private final Arrivals arrivals;
    private final ExchangeDirectory directory;
    private final XmlSealSigner signer;
    private final Outbox outbox;
    private final AuditTrail audit;

    private final ObjectProvider<NationalExchangeConnector> national;

    StatusSending(Arrivals arrivals, ExchangeDirectory directory, XmlSealSigner signer, Outbox outbox,
                  AuditTrail audit, ObjectProvider<NationalExchangeConnector> national) {
        this.national = national;
        this.arrivals = arrivals;
        this.directory = directory;
        this.signer = signer;
        this.outbox = outbox;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(IncomingDocumentDirected event) {
        if (event.forwardedToOfficialId() == null) {
            arrivals.byIncomingDocument(event.documentId()).ifPresent(a ->
                    queue(a, StatusCode.ASSIGNED, "Lãnh đạo đã phân công đơn vị xử lý", null));
        }
    }

    @ApplicationModuleListener
    void on(ProcessingAssigned event) {
        arrivals.byIncomingDocument(event.documentId()).ifPresent(a ->
                queue(a, StatusCode.PROCESSING, "Đang xử lý", null));
    }

    @ApplicationModuleListener
    void on(ProcessingCompleted event) {
        if (event.documentCompleted()) {
            arrivals.byIncomingDocument(event.documentId()).ifPresent(a -> {
                arrivals.markCompleted(a.id(), event.completedAt() == null ? Instant.now() : event.completedAt());
                queue(a, StatusCode.DONE, "Đã hoàn thành xử lý", null);
            });
        }
    }

    /** Writes the signed status for the document's sender to the outbox (in the caller's transaction). */
    void queue(Arrivals.Arrival arrival, StatusCode code, String description, String staff) {
        var sender = directory.resolve(arrival.senderOrganId()).orElse(null);
        boolean viaNational = sender != null && sender.route() == Route.NATIONAL && national.getIfAvailable() != null;
        if (sender == null || (sender.route() != Route.PEER && !viaNational)) {
            log.warn("No route back to {} for status {} of {}", arrival.senderOrganId(), code.code(),
                    arrival.documentId());
            return;
        }
        var recipient = directory.resolve(arrival.recipientOrganId()).orElseThrow();
        var message = new StatusMessage(arrival.senderOrganId(), arrival.numberAndSymbol(),
                arrival.promulgationDate(), arrival.documentId(),
                new EdxmlPackage.Organ(arrival.recipientOrganId(), recipient.name(), null), code.code(), description,
                LocalDateTime.now(Edxml.ZONE), null, staff);
        byte[] payload = new byte[0];
        DeliveryState state = DeliveryState.PENDING;
        String error = null;
        try {
            var xml = EdxmlWriter.write(message);
            signer.signEnveloped(xml, (Element) xml.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                    new AgencyId(arrival.agencyId()));
            payload = Edxml.serialize(xml);
        } catch (SignatureException e) {
            state = DeliveryState.DEAD;
            error = "the receiving agency cannot sign: " + e.getMessage();
        }
        if (outbox.add("STS:" + arrival.id() + ":" + code.code(), Delivery.STATUS, null, arrival.agencyId(),
                arrival.documentId(), code.code(), viaNational ? ExchangeSending.NATIONAL : sender.endpoint(),
                arrival.senderOrganId(), payload, state, error,
                Instant.now())) {
            audit.record("exchange.status-queued", "Arrival", arrival.id(), arrival.agencyId(),
                    "%s %s tới %s%s".formatted(code.code(), arrival.documentId(), arrival.senderOrganId(),
                            error == null ? "" : "; " + error));
        }
    }
}
