package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Mã truy cập API: a bearer token an account obtained with its password, valid until it expires or
 * is revoked (by its holder, or by a change of the account's password). Only the token's hash is kept.
 */
@Entity
@Table(name = "account_access_token")
class AccessToken {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected AccessToken() {
    }

    AccessToken(UUID accountId, String tokenHash, String tokenPrefix, String name, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.name = name;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String tokenPrefix() {
        return tokenPrefix;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
