package vn.openprovince.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationMessages extends JpaRepository<NotificationMessage, UUID> {

    List<NotificationMessage> findByAccountIdOrderByCreatedAtDesc(UUID accountId, Limit limit);

    List<NotificationMessage> findByAddressOrderByCreatedAtDesc(String address, Limit limit);

    long countByAccountIdAndReadAtIsNull(UUID accountId);

    @Modifying
    @Query("update NotificationMessage m set m.readAt = :now where m.accountId = :accountId and m.readAt is null")
    int markRead(UUID accountId, Instant now);
}
