package vn.openprovince.identity.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.VietnameseText;

/** Tài khoản: credentials and grants of one person. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "official_id")
    private UUID officialId;
    private boolean enabled;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id", nullable = false)
    private List<RoleAssignment> assignments = new ArrayList<>();

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, UUID officialId, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.searchText = VietnameseText.fold(username + " " + displayName);
        this.officialId = officialId;
        this.enabled = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    void grant(RoleAssignment assignment) {
        assignments.add(assignment);
    }

    void replaceGrants(List<RoleAssignment> grants) {
        assignments.clear();
        assignments.addAll(grants);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    UUID officialId() {
        return officialId;
    }

    boolean enabled() {
        return enabled;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<RoleAssignment> assignments() {
        return List.copyOf(assignments);
    }
}
