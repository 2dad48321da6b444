package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencyId;

/** Hệ thống kết nối: another system calling the API with a bearer token; only the token's hash is kept. */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    private UUID id;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "agency_id")
    private UUID agencyId;
    @Enumerated(EnumType.STRING)
    private ScopeKind scope;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Version
    private long version;

    protected ApiClient() {
    }

    ApiClient(String name, String tokenHash, String tokenPrefix, Role role, UUID agencyId, ScopeKind scope,
              Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.role = role;
        this.agencyId = agencyId;
        this.scope = scope;
        this.enabled = true;
        this.createdAt = now;
    }

    Grant grant() {
        return new Grant(role, new AgencyId(agencyId), scope);
    }

    void revoke() {
        enabled = false;
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String tokenPrefix() {
        return tokenPrefix;
    }

    Role role() {
        return role;
    }

    UUID agencyId() {
        return agencyId;
    }

    ScopeKind scope() {
        return scope;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
