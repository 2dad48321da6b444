package vn.openprovince.payment.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.openprovince.payment.PaymentStatus;

interface FinancialObligations extends JpaRepository<FinancialObligation, UUID> {

    List<FinancialObligation> findByDossierCodeOrderByRequestedAtAsc(String dossierCode);

    boolean existsByDossierCodeAndStatus(String dossierCode, PaymentStatus status);

    Page<FinancialObligation> findByPayerAccountIdOrderByRequestedAtDesc(UUID payerAccountId, Pageable page);

    Page<FinancialObligation> findByReceivingAgencyIdInAndStatusOrderByRequestedAtAsc(Collection<UUID> agencies,
                                                                                      PaymentStatus status, Pageable page);

    Page<FinancialObligation> findByStatusOrderByRequestedAtAsc(PaymentStatus status, Pageable page);

    /** Locked: two officers confirming, or an officer and a gateway notice, are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from FinancialObligation o where o.id = :id")
    Optional<FinancialObligation> findForUpdate(UUID id);
}
