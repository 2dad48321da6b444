package vn.openprovince.payment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GatewayAttempts extends JpaRepository<GatewayAttempt, UUID> {

    /** Locked, so two deliveries of the same notice are applied one after the other (the second sees it done). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from GatewayAttempt a where a.transactionRef = :transactionRef")
    Optional<GatewayAttempt> findForUpdate(String transactionRef);
}
