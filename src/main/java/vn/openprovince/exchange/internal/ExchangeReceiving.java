package vn.openprovince.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlReader;
import vn.openprovince.exchange.edxml.StatusCode;
import vn.openprovince.signature.XmlSealSigner;

/**
 * Tiếp nhận gói tin liên thông: checks a package's structure, signature, sender and recipients,
 * then stores it once per recipient agency for its clerk to register; or records a status message
 * about a document this platform sent. Every rejection is audited with its reason.
 */
@Service
class ExchangeReceiving {

    private static final Logger log = LoggerFactory.getLogger(ExchangeReceiving.class);

    private final XmlSealSigner signer;
    private final ExchangeDirectory directory;
    private final Arrivals arrivals;
    private final Tracking tracking;
    private final ExchangeSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ExchangeReceiving(XmlSealSigner signer, ExchangeDirectory directory, Arrivals arrivals, Tracking tracking,
                      ExchangeSettings settings, AuditTrail audit, TransactionTemplate transactions) {
        this.signer = signer;
        this.directory = directory;
        this.arrivals = arrivals;
        this.tracking = tracking;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The acknowledgement: 01 for a package (also for a resent one), or the status recorded. */
    record Acknowledgement(String statusCode, String documentId, boolean duplicate, List<UUID> arrivals) {
    }

    Acknowledgement receive(byte[] xml) {
        try {
            if (xml == null || xml.length == 0) {
                throw ExchangeException.onField("package", ExchangeError.EXC_MALFORMED_XML, "empty");
            }
            if (xml.length > settings.maxPackageSize().toBytes()) {
                throw new ExchangeException(ExchangeError.EXC_PACKAGE_TOO_LARGE);
            }
            Document document = Edxml.parse(xml);
            boolean status = "Status".equals(document.getDocumentElement().getLocalName());
            return status ? receiveStatus(document) : receivePackage(document, xml);
        } catch (ExchangeException e) {
            log.info("Exchange package rejected: {}", e.reason());
            transactions.executeWithoutResult(s -> audit.record("exchange.package-rejected", "Package",
                    "inbound", null, e.reason()));
            throw e;
        }
    }

    private Acknowledgement receivePackage(Document document, byte[] xml) {
        var read = EdxmlReader.readPackage(document);
        EdxmlPackage pkg = read.value();
        String signedBy = checkSignature(read.document());
        // The directory look-ups and the storing share one transaction: apart, their transactions cost as much
        // as the storing itself.
        return transactions.execute(s -> store(pkg, signedBy, xml));
    }

    private Acknowledgement store(EdxmlPackage pkg, String signedBy, byte[] xml) {
        var header = pkg.header();
        var sender = directory.resolve(header.from().organId())
                .filter(d -> d.route() == Route.PEER || d.route() == Route.NATIONAL)
                .orElseThrow(() -> ExchangeException.onField("From", ExchangeError.EXC_UNKNOWN_SENDER,
                        header.from().organId()));
        List<ExchangeDirectory.Destination> ours = new ArrayList<>();
        for (var to : header.to()) {
            var destination = directory.resolve(to.organId()).filter(d -> d.route() == Route.THIS_PLATFORM)
                    .orElseThrow(() -> ExchangeException.onField("To", ExchangeError.EXC_UNKNOWN_RECIPIENT, to.organId()));
            ours.add(destination);
        }
        if (pkg.business().docType() == 1) {
            return recallRequested(pkg, ours, xml);
        }
        if (pkg.attachments().isEmpty()) {
            throw ExchangeException.onField("Attachment", ExchangeError.EXC_MISSING_ELEMENT);
        }
        if (pkg.business().docType() == 2) {
            return updateRequested(pkg, ours, xml);
        }
        Instant now = Instant.now();
        arrivals.lockSender(header.from().organId());
        List<UUID> stored = new ArrayList<>();
        boolean duplicate = true;
        for (var destination : ours) {
            var arrival = Arrivals.Arrival.toRegister(UUID.randomUUID(), header.documentId(), header.from().organId(),
                    header.from().organName(), destination.organId(), destination.agencyId().value(),
                    header.codeNumber() + "/" + header.codeNotation(), header.promulgationDate(),
                    header.subject(), header.priority(), header.signerFullName(), header.signerPosition(),
                    header.dueDate(), signedBy, now);
            if (arrivals.add(arrival, xml, pkg.business().paper())) {
                duplicate = false;
                stored.add(arrival.id());
                audit.record("exchange.package-received", "Arrival", arrival.id(), destination.agencyId().value(),
                        "%s từ %s (%s), ký bởi %s".formatted(header.documentId(), header.from().organName(),
                                sender.endpoint() == null ? sender.route() : sender.endpoint(), signedBy));
            } else {
                arrivals.find(header.documentId(), header.from().organId(), destination.organId())
                        .ifPresent(a -> stored.add(a.id()));
            }
        }
        if (pkg.business().docType() == 3) {
            // Thay thế: the new document arrived (or had already); its clerk accepts or refuses that it
            // replaces the earlier one.
            for (int i = 0; i < ours.size(); i++) {
                String organId = ours.get(i).organId();
                UUID arrivalId = stored.get(i);
                for (var replacement : pkg.business().replacements()) {
                    if ((replacement.organIds().isEmpty() || replacement.organIds().contains(organId))
                            && arrivals.requestChange(arrivalId, "REPLACE", pkg.business().reason(), null,
                            replacement.documentId())) {
                        duplicate = false;
                        audit.record("exchange.replacement-requested", "Arrival", arrivalId,
                                ours.get(i).agencyId().value(), "%s thay thế %s: %s".formatted(header.documentId(),
                                        replacement.documentId(), pkg.business().reason()));
                    }
                }
            }
        }
        if (duplicate) {
            audit.record("exchange.package-duplicate", "Package", header.documentId(), null,
                    "gói tin gửi lại từ " + header.from().organId() + ": đã có, không lưu lại");
        }
        return new Acknowledgement(StatusCode.ARRIVED.code(), header.documentId(), duplicate, stored);
    }

    /**
     * Yêu cầu cập nhật (BussinessDocType 2): the updated package waits on the document's arrivals for the
     * recipient clerks to accept (15) or refuse (16). The same update asked for twice is acknowledged once.
     */
    private Acknowledgement updateRequested(EdxmlPackage pkg, List<ExchangeDirectory.Destination> ours, byte[] xml) {
        var header = pkg.header();
        List<UUID> affected = new ArrayList<>();
        boolean duplicate = true;
        for (var destination : ours) {
            var arrival = arrivals.find(header.documentId(), header.from().organId(), destination.organId())
                    .orElseThrow(() -> ExchangeException.onField("DocumentId", ExchangeError.EXC_UNKNOWN_DOCUMENT,
                            header.documentId()));
            affected.add(arrival.id());
            if (arrivals.requestChange(arrival.id(), "UPDATE", pkg.business().reason(), xml, null)) {
                duplicate = false;
                audit.record("exchange.update-requested", "Arrival", arrival.id(), arrival.agencyId(),
                        "%s: %s".formatted(header.documentId(), pkg.business().reason()));
            }
        }
        return new Acknowledgement(StatusCode.ARRIVED.code(), header.documentId(), duplicate, affected);
    }

    /**
     * Yêu cầu thu hồi (BussinessDocType 1, status 13 at the sender): marks the document's arrivals for
     * the recipient clerks to accept (15) or refuse (16). A recall asked for twice is acknowledged once.
     */
    private Acknowledgement recallRequested(EdxmlPackage pkg, List<ExchangeDirectory.Destination> ours, byte[] xml) {
        var header = pkg.header();
        List<UUID> affected = new ArrayList<>();
        boolean duplicate = true;
        for (var destination : ours) {
            var arrival = arrivals.find(header.documentId(), header.from().organId(), destination.organId())
                    .orElseThrow(() -> ExchangeException.onField("DocumentId", ExchangeError.EXC_UNKNOWN_DOCUMENT,
                            header.documentId()));
            affected.add(arrival.id());
            if (arrivals.requestRecall(arrival.id(), pkg.business().reason())) {
                duplicate = false;
                audit.record("exchange.recall-requested", "Arrival", arrival.id(), arrival.agencyId(),
                        "%s: %s".formatted(header.documentId(), pkg.business().reason()));
            }
        }
        return new Acknowledgement(StatusCode.ARRIVED.code(), header.documentId(), duplicate, affected);
    }

    private Acknowledgement receiveStatus(Document document) {
        var read = EdxmlReader.readStatus(document);
        var status = read.value();
        checkSignature(read.document());
        var code = StatusCode.of(status.statusCode()).orElseThrow();
        var recipient = tracking.recipient(status.documentId(), status.from().organId())
                .orElseThrow(() -> ExchangeException.onField("DocumentId", ExchangeError.EXC_UNKNOWN_DOCUMENT,
                        status.documentId()));
        Instant now = Instant.now();
        Instant occurred = status.timestamp().atZone(Edxml.ZONE).toInstant();
        boolean added = Boolean.TRUE.equals(transactions.execute(s -> {
            boolean isNew = tracking.record(recipient.id(), code, status.description(), occurred, now);
            if (isNew) {
                audit.record("exchange.status-received", "OutgoingDocument", recipient.outgoingId(),
                        recipient.agencyId(), "%s từ %s: %s %s".formatted(status.documentId(), status.from().organId(),
                                code.code(), status.description() == null ? "" : status.description()));
            }
            return isNew;
        }));
        return new Acknowledgement(code.code(), status.documentId(), !added, List.of());
    }

    /** The package must be sealed by an agency whose certificate chains to our trust store. */
    private String checkSignature(Document document) {
        var verification = signer.verify(document);
        if (!verification.signed()) {
            throw new ExchangeException(ExchangeError.EXC_MISSING_SIGNATURE);
        }
        if (!verification.intact()) {
            throw ExchangeException.onField("Signature", ExchangeError.EXC_BAD_SIGNATURE, verification.problem());
        }
        if (!verification.trusted()) {
            throw ExchangeException.onField("Signature", ExchangeError.EXC_UNTRUSTED_SIGNER, verification.problem());
        }
        return verification.signer();
    }
}
