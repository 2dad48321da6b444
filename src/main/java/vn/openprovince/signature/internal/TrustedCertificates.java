package vn.openprovince.signature.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrustedCertificates extends JpaRepository<TrustedCertificate, UUID> {

    boolean existsByFingerprint(String fingerprint);

    /** When the newest trusted certificate was added; with the count, tells whether the store changed. */
    @Query("select max(t.addedAt) from TrustedCertificate t")
    Instant latestAddition();
}
