package vn.openprovince.notification.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationMessages extends JpaRepository<NotificationMessage, UUID> {

    List<NotificationMessage> findByAccountIdOrderByCreatedAtDesc(UUID accountId, Limit limit);

    List<NotificationMessage> findByAddressOrderByCreatedAtDesc(String address, Limit limit);
}
