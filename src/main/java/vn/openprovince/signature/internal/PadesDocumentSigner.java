package vn.openprovince.signature.internal;

import eu.europa.esig.dss.alert.exception.AlertException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.CopyForm;
import vn.openprovince.signature.DocumentSigned;
import vn.openprovince.signature.DocumentSigner;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;

/**
 * Signs with the signatory's key on its device and the Decree 30 appearance; audits each signature
 * and publishes {@link DocumentSigned}. Nothing half-done is kept: a failure leaves no signature,
 * no audit entry and no event.
 */
@Service
class PadesDocumentSigner implements DocumentSigner {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SigningDevices devices;
    private final SignatureImages images;
    private final OrganizationDirectory directory;
    private final SignatureSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SignatureLayout layout;
    private final PadesSigning pades = new PadesSigning();

    PadesDocumentSigner(SigningDevices devices, SignatureImages images, OrganizationDirectory directory,
                        SignatureSettings settings, AuditTrail audit, ApplicationEventPublisher events) {
        this.devices = devices;
        this.images = images;
        this.directory = directory;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.layout = new SignatureLayout(settings);
    }

    @Override
    @Transactional
    public byte[] signPersonal(byte[] pdf, UUID officialId) {
        var official = directory.official(officialId)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_OFFICIAL));
        var signatory = Signatory.official(officialId);
        var image = images.of(signatory).orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_IMAGE));
        Appearance appearance;
        try (var document = PdfInput.openForSigning(pdf, maxBytes())) {
            var box = layout.personalSignature(document, official.fullName(), aspect(image.png()));
            appearance = Appearance.image(document.getNumberOfPages(), box, image.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sign(pdf, signatory, appearance, Instant.now(), DocumentSigned.Kind.PERSONAL,
                official.agencyId().value(), official.fullName());
    }

    @Override
    @Transactional
    public byte[] signAsAgency(byte[] pdf, AgencyId agencyId) {
        var agency = agency(agencyId);
        var signatory = Signatory.agency(agencyId.value());
        var seal = images.of(signatory).orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_IMAGE));
        Appearance appearance;
        try (var document = PdfInput.openForSigning(pdf, maxBytes())) {
            // Decree 30 Art. 13: the agency signs only what the competent person has signed.
            var box = layout.seal(document, seal.widthMm()).orElseThrow(
                    () -> new SignatureException(SignatureError.SIGNATURE_PERSONAL_SIGNATURE_MISSING));
            appearance = Appearance.image(document.getNumberOfPages(), box, seal.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sign(pdf, signatory, appearance, Instant.now(), DocumentSigned.Kind.AGENCY, agencyId.value(),
                agency.name());
    }

    @Override
    @Transactional
    public byte[] signAttachment(byte[] pdf, AgencyId agencyId, String numberAndSymbol) {
        var agency = agency(agencyId);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return signWithStamp(pdf, agency, List.of(numberAndSymbol, isoTime(now)), now,
                DocumentSigned.Kind.ATTACHMENT);
    }

    @Override
    @Transactional
    public byte[] signCopy(byte[] pdf, AgencyId agencyId, CopyForm form) {
        var agency = agency(agencyId);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return signWithStamp(pdf, agency, List.of(form.label(), agency.name(), isoTime(now)), now,
                DocumentSigned.Kind.COPY);
    }

    private byte[] signWithStamp(byte[] pdf, AgencySummary agency, List<String> stampLines, Instant now,
                                 DocumentSigned.Kind kind) {
        Appearance appearance;
        try (PDDocument document = PdfInput.openForSigning(pdf, maxBytes())) {
            appearance = Appearance.text(1, layout.stamp(document, stampLines), String.join("\n", stampLines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sign(pdf, Signatory.agency(agency.id().value()), appearance, now, kind, agency.id().value(),
                agency.name());
    }

    private byte[] sign(byte[] pdf, Signatory signatory, Appearance appearance, Instant signingTime,
                        DocumentSigned.Kind kind, UUID agencyId, String signerName) {
        byte[] signed;
        try (var device = devices.open(signatory)) {
            signed = pades.sign(pdf, device, appearance, signingTime, reason(kind));
        } catch (AlertException e) {
            // DSS refuses an expired, not yet valid or revoked signing certificate.
            throw new SignatureException(SignatureError.SIGNATURE_CERTIFICATE_NOT_USABLE, e);
        }
        String sha256 = Certificates.sha256(signed);
        audit.record("signature.document-signed", "Document", sha256, agencyId,
                "%s signature by %s (%s)".formatted(kind, signerName, signatory.id()));
        events.publishEvent(new DocumentSigned(kind, signatory.id(), sha256, signingTime));
        return signed;
    }

    private AgencySummary agency(AgencyId agencyId) {
        return directory.agency(agencyId)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_AGENCY));
    }

    private long maxBytes() {
        return settings.maxDocumentSize().toBytes();
    }

    private static String reason(DocumentSigned.Kind kind) {
        return switch (kind) {
            case PERSONAL -> "Ký số văn bản";
            case AGENCY -> "Ký số của cơ quan, tổ chức";
            case ATTACHMENT -> "Ký số văn bản kèm theo";
            case COPY -> "Ký số bản sao điện tử";
        };
    }

    /** ISO 8601 with the Vietnam offset, e.g. 2026-02-05T09:30:12+07:00 (Decree 30, Appendix I). */
    static String isoTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant, PadesSigning.VIETNAM.toZoneId()).format(ISO_WITH_OFFSET);
    }

    private static float aspect(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return (float) image.getWidth() / image.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
