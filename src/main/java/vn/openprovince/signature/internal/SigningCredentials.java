package vn.openprovince.signature.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.openprovince.signature.device.Signatory;

interface SigningCredentials extends JpaRepository<SigningCredential, UUID> {

    Optional<SigningCredential> findBySignatoryKindAndSignatoryId(Signatory.Kind kind, UUID signatoryId);

    default Optional<SigningCredential> of(Signatory signatory) {
        return findBySignatoryKindAndSignatoryId(signatory.kind(), signatory.id());
    }
}
