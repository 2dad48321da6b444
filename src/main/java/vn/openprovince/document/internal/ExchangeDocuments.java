package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.ExchangeRegistration;
import vn.openprovince.document.IssuedDocuments;
import vn.openprovince.organization.AgencyId;

/** The document module's side of the exchange: issued documents to send, arrived ones to register. */
@Service
class ExchangeDocuments implements IssuedDocuments, ExchangeRegistration {

    private final OutgoingDocuments outgoing;
    private final StoredFiles files;
    private final IncomingService incoming;
    private final IncomingDocuments incomingDocuments;
    private final AuditTrail audit;

    ExchangeDocuments(OutgoingDocuments outgoing, StoredFiles files, IncomingService incoming,
                      IncomingDocuments incomingDocuments, AuditTrail audit) {
        this.outgoing = outgoing;
        this.files = files;
        this.incoming = incoming;
        this.incomingDocuments = incomingDocuments;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> issued(UUID outgoingId) {
        return outgoing.findById(outgoingId).filter(d -> d.edxmlDocumentId() != null).map(d -> {
            var version = d.currentVersion();
            var file = files.findById(version.fileId()).orElseThrow();
            var numberAndSymbol = d.numberAndSymbol();
            return new IssuedDocument(d.id(), new AgencyId(d.agencyId()), numberAndSymbol.formattedNumber(),
                    numberAndSymbol.symbol(), d.issueDate(), d.issuedAt(), d.documentType(), d.summary(),
                    d.signerName(), d.signerPosition(), d.urgency(), d.pages(), d.replyDeadline(),
                    d.edxmlDocumentId(), d.paperCopy(), d.issuedByName(), version.fileName(), file.mediaType(),
                    file.content());
        });
    }

    @Override
    public UUID register(ExchangedDocument d) {
        var registration = new IncomingRegistration(d.agencyId().value(), d.issuerName(), d.issuerCode(),
                d.numberAndSymbol(), d.documentDate(), d.type(), d.summary(), d.signerName(), d.signerPosition(),
                d.urgency(), null, d.pages(), d.replyDeadline(), d.receivedAt(), null);
        return incoming.register(registration, d.fileName(), d.content()).id();
    }

    @Override
    @Transactional
    public void withdraw(UUID incomingDocumentId, String reason) {
        var copy = incomingDocuments.findById(incomingDocumentId).orElseThrow();
        if (copy.isRecalled()) {
            return;
        }
        copy.recall(reason == null ? "thu hồi theo yêu cầu của nơi gửi" : reason, Instant.now());
        audit.record("incoming.recalled", "IncomingDocument", copy.id(), copy.agencyId(),
                "thu hồi theo yêu cầu của nơi gửi (liên thông): " + reason);
    }
}
