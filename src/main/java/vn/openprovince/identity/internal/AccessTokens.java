package vn.openprovince.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokens extends JpaRepository<AccessToken, UUID> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    @Query("select t from AccessToken t where t.accountId = ?1 and t.revokedAt is null and t.expiresAt > ?2"
            + " order by t.createdAt desc")
    List<AccessToken> findValid(UUID accountId, Instant now);

    @Modifying
    @Query("update AccessToken t set t.revokedAt = ?2 where t.accountId = ?1 and t.revokedAt is null")
    int revokeAll(UUID accountId, Instant now);
}
