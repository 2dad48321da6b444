package vn.openprovince.document.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.document.ExchangeRegistration;
import vn.openprovince.document.IssuedDocuments;
import vn.openprovince.organization.AgencyId;

/** The document module's side of the exchange: issued documents to send, arrived ones to register. */
@Service
class ExchangeDocuments implements IssuedDocuments, ExchangeRegistration {

    private final OutgoingDocuments outgoing;
    private final StoredFiles files;
    private final IncomingService incoming;

    ExchangeDocuments(OutgoingDocuments outgoing, StoredFiles files, IncomingService incoming) {
        this.outgoing = outgoing;
        this.files = files;
        this.incoming = incoming;
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
}
