package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Liên kết tài khoản định danh điện tử: an account's identity at an external OpenID Connect provider
 * (the provider's stable subject), unique per provider.
 */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

    @Id
    private UUID id;
    private String provider;
    private String subject;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "citizen_id")
    private String citizenId;
    @Column(name = "linked_at")
    private Instant linkedAt;
    @Column(name = "last_signed_in")
    private Instant lastSignedIn;
    @Version
    private long version;

    protected ExternalIdentity() {
    }

    ExternalIdentity(String provider, String subject, UUID accountId, String citizenId, Instant now) {
        this.id = UUID.randomUUID();
        this.provider = provider;
        this.subject = subject;
        this.accountId = accountId;
        this.citizenId = citizenId;
        this.linkedAt = now;
        this.lastSignedIn = now;
    }

    void signedIn(Instant now) {
        this.lastSignedIn = now;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String citizenId() {
        return citizenId;
    }
}
