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

/**
 * Nhân viên được ủy quyền: a person a business authorises to act for it on the portal, with their own account.
 * Invited by e-mail or phone, active once they entered the code and set a password, revoked by the business.
 */
@Entity
@Table(name = "business_staff")
class StaffMember {

    /** Where an authorisation stands. */
    enum State { INVITED, ACTIVE, REVOKED }

    @Id
    private UUID id;
    @Column(name = "business_account_id")
    private UUID businessAccountId;
    @Column(name = "staff_account_id")
    private UUID staffAccountId;
    @Column(name = "registration_id")
    private UUID registrationId;
    @Column(name = "full_name")
    private String fullName;
    private String contact;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Version
    private long version;

    protected StaffMember() {
    }

    StaffMember(UUID businessAccountId, UUID registrationId, String fullName, String contact, Instant now) {
        this.id = UUID.randomUUID();
        this.businessAccountId = businessAccountId;
        this.registrationId = registrationId;
        this.fullName = fullName;
        this.contact = contact;
        this.state = State.INVITED;
        this.addedAt = now;
    }

    /** The staff member verified the code and has an account now. */
    void activate(UUID accountId, Instant now) {
        if (state != State.INVITED) {
            throw new IllegalStateException("not an open invitation");
        }
        this.staffAccountId = accountId;
        this.state = State.ACTIVE;
        this.activatedAt = now;
    }

    /** Ends the authorisation; revoking twice changes nothing. */
    boolean revoke(Instant now) {
        if (state == State.REVOKED) {
            return false;
        }
        this.state = State.REVOKED;
        this.revokedAt = now;
        return true;
    }

    boolean active() {
        return state == State.ACTIVE;
    }

    UUID id() {
        return id;
    }

    UUID businessAccountId() {
        return businessAccountId;
    }

    UUID staffAccountId() {
        return staffAccountId;
    }

    UUID registrationId() {
        return registrationId;
    }

    String fullName() {
        return fullName;
    }

    String contact() {
        return contact;
    }

    State state() {
        return state;
    }

    StaffView view() {
        return new StaffView(id, fullName, contact, state.name(), addedAt, activatedAt, revokedAt);
    }
}
