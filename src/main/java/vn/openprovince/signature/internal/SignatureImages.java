package vn.openprovince.signature.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.openprovince.signature.device.Signatory;

interface SignatureImages extends JpaRepository<SignatureImage, UUID> {

    Optional<SignatureImage> findBySignatoryKindAndSignatoryId(Signatory.Kind kind, UUID signatoryId);

    default Optional<SignatureImage> of(Signatory signatory) {
        return findBySignatoryKindAndSignatoryId(signatory.kind(), signatory.id());
    }
}
