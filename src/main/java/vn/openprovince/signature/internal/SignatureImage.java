package vn.openprovince.signature.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.signature.device.Signatory;

/**
 * Hình ảnh chữ ký (an official's handwritten signature, blue) or hình ảnh con dấu (an agency's seal,
 * red): a transparent PNG and the width it is printed at.
 */
@Entity
@Table(name = "signature_image")
class SignatureImage {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "signatory_kind", nullable = false, length = 16)
    private Signatory.Kind signatoryKind;

    @Column(name = "signatory_id", nullable = false)
    private UUID signatoryId;

    @Column(nullable = false)
    private byte[] png;

    @Column(name = "width_mm", nullable = false)
    private double widthMm;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SignatureImage() {
        // for JPA
    }

    SignatureImage(Signatory signatory, byte[] png, double widthMm, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.signatoryKind = signatory.kind();
        this.signatoryId = signatory.id();
        replace(png, widthMm, uploadedAt);
    }

    void replace(byte[] png, double widthMm, Instant uploadedAt) {
        this.png = png;
        this.widthMm = widthMm;
        this.uploadedAt = uploadedAt;
    }

    UUID id() {
        return id;
    }

    byte[] png() {
        return png;
    }

    double widthMm() {
        return widthMm;
    }
}
