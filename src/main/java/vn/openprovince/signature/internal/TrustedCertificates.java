package vn.openprovince.signature.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrustedCertificates extends JpaRepository<TrustedCertificate, UUID> {

    boolean existsByFingerprint(String fingerprint);
}
