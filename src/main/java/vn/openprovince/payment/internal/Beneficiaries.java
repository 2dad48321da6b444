package vn.openprovince.payment.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Beneficiaries extends JpaRepository<Beneficiary, UUID> {
}
