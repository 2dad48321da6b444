package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.w3c.dom.Element;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.NationalExchangeConnector;
import vn.openprovince.identity.Role;
import vn.openprovince.document.DocumentRecalled;
import vn.openprovince.document.IssuedDocuments;
import vn.openprovince.document.OutgoingDocumentIssued;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlReader;
import vn.openprovince.exchange.edxml.EdxmlWriter;
import vn.openprovince.exchange.edxml.StatusCode;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.XmlSealSigner;

/**
 * Gửi văn bản liên thông: turns an issued document into one signed edXML package per recipient
 * platform and writes it to the outbox.
 *
 * <p>Why {@code @ApplicationModuleListener} and not a listener inside the issue transaction: Modulith
 * writes the event publication in the issue's own transaction, so the decision to send is durable
 * the moment the document is issued (that row is the outbox entry of record); building and signing
 * the package happens after commit, so a slow or absent signing device never blocks nor rolls back
 * an issue. A publication left incomplete by a crash is resubmitted on restart, and the dedupe key
 * makes the listener's writes idempotent.
 */
@Service
public class ExchangeSending {

    private static final Logger log = LoggerFactory.getLogger(ExchangeSending.class);

    private final IssuedDocuments issued;
    private final ExchangeDirectory directory;
    private final OrganizationDirectory organization;
    private final XmlSealSigner signer;
    private final Outbox outbox;
    private final Tracking tracking;
    private final AuditTrail audit;
    private final ExchangeAccess access;
    private final ObjectProvider<NationalExchangeConnector> national;

    /** The outbox's endpoint for the national axis. */
    static final String NATIONAL = "national";

    ExchangeSending(IssuedDocuments issued, ExchangeDirectory directory, OrganizationDirectory organization,
                    XmlSealSigner signer, Outbox outbox, Tracking tracking, AuditTrail audit, ExchangeAccess access,
                    ObjectProvider<NationalExchangeConnector> national) {
        this.national = national;
        this.access = access;
        this.issued = issued;
        this.directory = directory;
        this.organization = organization;
        this.signer = signer;
        this.outbox = outbox;
        this.tracking = tracking;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(OutgoingDocumentIssued event) {
        Map<String, List<ExchangeDirectory.Destination>> byEndpoint = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (var recipient : event.recipients()) {
            if (recipient.agencyId() != null || recipient.identifierCode() == null) {
                continue; // on this platform: the recipient's clerk takes it from the inbox
            }
            var destination = directory.resolve(recipient.identifierCode()).orElse(null);
            if (destination == null || destination.route() == Route.THIS_PLATFORM) {
                continue;
            }
            tracking.addRecipient(event.documentId(), event.agencyId().value(), event.edxmlDocumentId(),
                    destination.organId(), destination.name(), now);
            if (destination.route() == Route.NATIONAL && national.getIfAvailable() != null) {
                // through the national axis: one package for all its recipients, sent by the same outbox
                byEndpoint.computeIfAbsent(NATIONAL, e -> new ArrayList<>()).add(destination);
                continue;
            }
            if (destination.route() == Route.NATIONAL) {
                // The national connector is not built yet: the row shows the administrator what is stuck.
                outbox.add("PKG:" + event.documentId() + ":national:" + destination.organId(), Delivery.PACKAGE,
                        event.documentId(), event.agencyId().value(), event.edxmlDocumentId(), null, "national",
                        destination.organId(), new byte[0], DeliveryState.DEAD,
                        "the national exchange connector is not configured", now);
                continue;
            }
            byEndpoint.computeIfAbsent(destination.endpoint(), e -> new ArrayList<>()).add(destination);
        }
        if (byEndpoint.isEmpty() && event.replaces() == null) {
            return;
        }
        var document = issued.issued(event.documentId()).orElseThrow();
        var sender = organization.agency(event.agencyId()).orElseThrow();
        for (var group : byEndpoint.entrySet()) {
            String recipients = String.join(",", group.getValue().stream().map(ExchangeDirectory.Destination::organId)
                    .toList());
            String key = "PKG:" + event.documentId() + ":" + group.getKey();
            byte[] payload;
            DeliveryState state = DeliveryState.PENDING;
            String error = null;
            try {
                payload = signedPackage(document, sender.name(), group.getValue(), event.agencyId());
            } catch (SignatureException e) {
                // Without the agency's key nothing can be sent; DEAD shows it to the administrator.
                payload = new byte[0];
                state = DeliveryState.DEAD;
                error = "the sending agency cannot sign: " + e.getMessage();
                log.warn("Package {} for {} not signed: {}", event.edxmlDocumentId(), group.getKey(), e.getMessage());
            }
            if (outbox.add(key, Delivery.PACKAGE, event.documentId(), event.agencyId().value(),
                    event.edxmlDocumentId(), null, group.getKey(), recipients, payload, state, error, now)) {
                audit.record("exchange.package-queued", "OutgoingDocument", event.documentId(),
                        event.agencyId().value(), "%s tới %s (%s)%s".formatted(event.edxmlDocumentId(), recipients,
                                group.getKey(), error == null ? "" : "; " + error));
            }
        }
        if (event.replaces() != null) {
            queueReplacement(event.replaces(), document, now);
        }
    }

    /**
     * Thay thế (BussinessDocType 3): the issuer replaced a document that went to other platforms; each
     * of those platforms gets the new document, naming the one it replaces and the recipients whose copy
     * it replaces. Their clerks accept (the old copy is withdrawn, 15 for it) or refuse (16). Queued in
     * the transaction that queues the new document's own packages, so that the two never race for the
     * same recipient rows.
     */
    private void queueReplacement(OutgoingDocumentIssued.Replaces replaced, IssuedDocuments.IssuedDocument document,
                                  Instant now) {
        for (var delivery : outbox.ofOutgoing(replaced.documentId())) {
            if (!sentPackage(delivery)) {
                continue;
            }
            var to = delivery.recipientList().stream().map(organId -> directory.resolve(organId).orElse(null))
                    .filter(d -> d != null && (d.route() == Route.PEER || d.route() == Route.NATIONAL)).toList();
            if (to.isEmpty()) {
                continue;
            }
            String reason = "Thay thế văn bản " + replaced.edxmlDocumentId();
            var business = new EdxmlPackage.Business(3, reason, document.paperCopy(), document.issuedByName(),
                    List.of(new EdxmlPackage.Replacement(replaced.edxmlDocumentId(),
                            to.stream().map(ExchangeDirectory.Destination::organId).toList())));
            queueSigned("RPL:" + document.id() + ":" + delivery.endpoint(), Delivery.REPLACE, document,
                    business, to, delivery.endpoint(), now, "exchange.replacement-queued", reason);
        }
    }

    /**
     * Thu hồi văn bản đi: for every platform the document was sent to, a signed package with
     * BussinessDocType 1 and the reason (no attachment) asks the recipients to take it back; the
     * sender's history shows 13 until they answer 15 or 16.
     */
    @ApplicationModuleListener
    void on(DocumentRecalled event) {
        Instant now = Instant.now();
        for (var delivery : outbox.ofOutgoing(event.documentId())) {
            if (!delivery.carriesNewDocument() || delivery.state() == DeliveryState.CANCELLED
                    || (NATIONAL.equals(delivery.endpoint()) && national.getIfAvailable() == null)) {
                continue;
            }
            byte[] original = outbox.payload(delivery.id());
            if (original.length == 0) {
                continue; // never signed, never sent
            }
            var sent = EdxmlReader.readPackage(original).value();
            var recall = new EdxmlPackage(sent.header(),
                    List.of(new EdxmlPackage.TraceHeader(sent.header().from().organId(), LocalDateTime.now(Edxml.ZONE))),
                    new EdxmlPackage.Business(1, event.reason(), sent.business().paper(), null), List.of());
            byte[] payload = new byte[0];
            DeliveryState state = DeliveryState.PENDING;
            String error = null;
            try {
                var xml = EdxmlWriter.write(recall);
                signer.signEnveloped(xml, (Element) xml.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                        event.agencyId());
                payload = Edxml.serialize(xml);
            } catch (SignatureException e) {
                state = DeliveryState.DEAD;
                error = "the sending agency cannot sign: " + e.getMessage();
            }
            if (outbox.add("RCL:" + event.documentId() + ":" + delivery.endpoint(), Delivery.RECALL, event.documentId(),
                    event.agencyId().value(), event.edxmlDocumentId(), null, delivery.endpoint(), delivery.recipients(),
                    payload, state, error, now)) {
                for (String organId : delivery.recipientList()) {
                    tracking.recipient(event.edxmlDocumentId(), organId).ifPresent(r ->
                            tracking.record(r.id(), StatusCode.RECALL_REQUESTED, event.reason(), now, now));
                }
                audit.record("exchange.recall-queued", "OutgoingDocument", event.documentId(), event.agencyId().value(),
                        "%s tới %s: %s".formatted(event.edxmlDocumentId(), delivery.recipients(), event.reason()));
            }
        }
    }

    /**
     * Cập nhật (BussinessDocType 2): the issuer's clerk asks every platform the document went to, to take
     * the document as it stands now in place of the copy it received (e.g. corrected metadata); their
     * clerks accept (15) or refuse (16). The same reason asked twice is sent once.
     *
     * @return the number of platforms asked
     */
    @Transactional
    public int requestUpdate(UUID outgoingId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw ExchangeException.onField("reason", ExchangeError.EXC_INVALID_VALUE, "reason");
        }
        var document = issued.issued(outgoingId)
                .orElseThrow(() -> ExchangeException.onField("documentId", ExchangeError.EXC_UNKNOWN_DOCUMENT, outgoingId));
        access.scope(Role.CLERK).require(document.agencyId());
        Instant now = Instant.now();
        int asked = 0;
        for (var delivery : outbox.ofOutgoing(outgoingId)) {
            if (!sentPackage(delivery)) {
                continue;
            }
            var to = delivery.recipientList().stream().map(organId -> directory.resolve(organId).orElse(null))
                    .filter(d -> d != null && (d.route() == Route.PEER || d.route() == Route.NATIONAL)).toList();
            var business = new EdxmlPackage.Business(2, why, document.paperCopy(), document.issuedByName());
            if (!to.isEmpty() && queueSigned("UPD:" + outgoingId + ":" + delivery.endpoint() + ":"
                    + Integer.toHexString(why.hashCode()), Delivery.UPDATE, document, business, to, delivery.endpoint(),
                    now, "exchange.update-queued", why)) {
                asked++;
            }
        }
        if (asked == 0) {
            throw new ExchangeException(ExchangeError.EXC_NOT_SENT);
        }
        return asked;
    }

    /** A package of the document that was (or is being) delivered to another platform. */
    private boolean sentPackage(Delivery delivery) {
        return delivery.carriesNewDocument() && delivery.state() != DeliveryState.CANCELLED
                && delivery.state() != DeliveryState.REJECTED
                && !(NATIONAL.equals(delivery.endpoint()) && national.getIfAvailable() == null);
    }

    private boolean queueSigned(String key, String kind, IssuedDocuments.IssuedDocument document,
                                EdxmlPackage.Business business, List<ExchangeDirectory.Destination> to, String endpoint,
                                Instant now, String auditAction, String reason) {
        byte[] payload = new byte[0];
        DeliveryState state = DeliveryState.PENDING;
        String error = null;
        var sender = organization.agency(document.agencyId()).orElseThrow();
        try {
            payload = signedPackage(document, sender.name(), to, document.agencyId(), business);
        } catch (SignatureException e) {
            state = DeliveryState.DEAD;
            error = "the sending agency cannot sign: " + e.getMessage();
        }
        String recipients = String.join(",", to.stream().map(ExchangeDirectory.Destination::organId).toList());
        for (var destination : to) {
            tracking.addRecipient(document.id(), document.agencyId().value(), document.edxmlDocumentId(),
                    destination.organId(), destination.name(), now);
        }
        boolean added = outbox.add(key, kind, document.id(), document.agencyId().value(), document.edxmlDocumentId(),
                null, endpoint, recipients, payload, state, error, now);
        if (added) {
            audit.record(auditAction, "OutgoingDocument", document.id(), document.agencyId().value(),
                    "%s tới %s (%s): %s%s".formatted(document.edxmlDocumentId(), recipients, endpoint, reason,
                            error == null ? "" : "; " + error));
        }
        return added;
    }

    private byte[] signedPackage(IssuedDocuments.IssuedDocument d, String senderName,
                                 List<ExchangeDirectory.Destination> to, AgencyId agency) {
        return signedPackage(d, senderName, to, agency, EdxmlPackage.Business.newDocument(d.paperCopy(),
                d.issuedByName()));
    }

    private byte[] signedPackage(IssuedDocuments.IssuedDocument d, String senderName,
                                 List<ExchangeDirectory.Destination> to, AgencyId agency,
                                 EdxmlPackage.Business business) {
        var sender = organization.agency(agency).orElseThrow();
        var header = new EdxmlPackage.MessageHeader(
                new EdxmlPackage.Organ(sender.identifierCode(), senderName, null),
                to.stream().map(t -> new EdxmlPackage.Organ(t.organId(), t.name(), null)).toList(),
                d.number(), d.symbol(), null, d.issueDate(), d.type().name(), d.type().vietnameseName(), d.summary(),
                null, d.signerPosition(), d.signerName(), d.replyDeadline(), d.urgency().ordinal(), d.pages(),
                d.edxmlDocumentId());
        var pkg = new EdxmlPackage(header,
                List.of(new EdxmlPackage.TraceHeader(sender.identifierCode(), LocalDateTime.now(Edxml.ZONE))),
                business,
                List.of(new EdxmlPackage.Attachment(UUID.randomUUID().toString(), d.fileName(), d.mediaType(),
                        d.summary(), d.content())));
        var xml = EdxmlWriter.write(pkg);
        Element signatureSlot = (Element) xml.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0);
        signer.signEnveloped(xml, signatureSlot, agency);
        return Edxml.serialize(xml);
    }
}
