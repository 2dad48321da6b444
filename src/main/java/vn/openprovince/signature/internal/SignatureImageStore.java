package vn.openprovince.signature.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;

/**
 * Keeps officials' signature images and agencies' seal images after checking them: a PNG with a
 * transparent background (Decree 30, Appendix I), of a sensible size.
 */
@Service
public class SignatureImageStore {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MIN_PIXELS = 100;
    private static final int MAX_PIXELS = 3000;

    private final SignatureImages images;
    private final SignatureSettings settings;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    SignatureImageStore(SignatureImages images, SignatureSettings settings, OrganizationDirectory directory,
                        AuditTrail audit) {
        this.images = images;
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
    }

    /** An official's handwritten-signature image (blue), printed at most the configured width. */
    @Transactional
    public void uploadSignatureImage(java.util.UUID officialId, byte[] png) {
        var official = directory.official(officialId)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_OFFICIAL));
        upload(Signatory.official(officialId), png, settings.signatureWidthMm(), official.agencyId().value());
    }

    /** An agency's seal image (red), printed at the seal's real diameter. */
    @Transactional
    public void uploadSealImage(AgencyId agencyId, byte[] png, double diameterMm) {
        directory.agency(agencyId)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_UNKNOWN_AGENCY));
        upload(Signatory.agency(agencyId.value()), png, diameterMm, agencyId.value());
    }

    /**
     * Stores (or replaces) the image of a signatory.
     *
     * @param widthMm the printed width: a seal at its real diameter, a signature at most
     *                {@code openprovince.signature.signature-width-mm}
     */
    @Transactional
    void upload(Signatory signatory, byte[] uploaded, double widthMm, java.util.UUID agencyId) {
        // Kept as a palette PNG when it can be (exactly): PDFBox then embeds it without re-encoding it.
        byte[] png = PalettePng.compact(check(uploaded, widthMm), uploaded);
        var now = Instant.now();
        var image = images.of(signatory).orElse(null);
        if (image == null) {
            image = images.save(new SignatureImage(signatory, png, widthMm, now));
        } else {
            image.replace(png, widthMm, now);
        }
        audit.record(signatory.kind() == Signatory.Kind.AGENCY ? "signature.seal-image-uploaded"
                        : "signature.signature-image-uploaded", "SignatureImage", image.id(), agencyId,
                "%s %s, %d bytes, %.1f mm wide".formatted(signatory.kind(), signatory.id(), png.length, widthMm));
    }

    private BufferedImage check(byte[] png, double widthMm) {
        if (png == null || png.length < PNG_MAGIC.length || png.length > settings.maxImageSize().toBytes()
                || !java.util.Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)
                || widthMm < 10 || widthMm > 60) {
            throw new SignatureException(SignatureError.SIGNATURE_INVALID_IMAGE);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            throw new SignatureException(SignatureError.SIGNATURE_INVALID_IMAGE, e);
        }
        if (image == null || !image.getColorModel().hasAlpha() || image.getWidth() < MIN_PIXELS
                || image.getHeight() < MIN_PIXELS / 2 || image.getWidth() > MAX_PIXELS
                || image.getHeight() > MAX_PIXELS) {
            throw new SignatureException(SignatureError.SIGNATURE_INVALID_IMAGE);
        }
        return image;
    }
}
