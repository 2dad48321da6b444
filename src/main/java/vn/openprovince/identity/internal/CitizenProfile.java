package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.Citizen;

/** Thông tin cá nhân: what a citizen or business account tells about itself, to prefill its forms. */
@Entity
@Table(name = "citizen_profile")
class CitizenProfile {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private ApplicantKind kind;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "citizen_id")
    private String citizenId;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String phone;
    private String email;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "commune_code")
    private String communeCode;
    private String street;
    @Column(name = "tax_code")
    private String taxCode;
    @Column(name = "organisation_name")
    private String organisationName;
    /** When an identity provider asserted {@link #citizenId} (VNeID); {@code null} when only typed in. */
    @Column(name = "citizen_id_verified_at")
    private Instant citizenIdVerifiedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected CitizenProfile() {
    }

    CitizenProfile(UUID accountId, ApplicantKind kind, String fullName, String phone, String email, String taxCode,
                   String organisationName, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.fullName = fullName;
        this.phone = phone;
        this.email = email;
        this.taxCode = taxCode;
        this.organisationName = organisationName;
        this.updatedAt = now;
    }

    /** Replaces the editable details; the contact used to register stays (it is the sign-in name). */
    void update(ProfileChanges changes, Instant now) {
        this.fullName = changes.fullName();
        if (citizenIdVerifiedAt != null && !java.util.Objects.equals(citizenId, changes.citizenId())) {
            // A typed-in number is no longer the one the identity provider vouched for.
            citizenIdVerifiedAt = null;
        }
        this.citizenId = changes.citizenId();
        this.dateOfBirth = changes.dateOfBirth();
        if (changes.phone() != null) {
            this.phone = changes.phone();
        }
        if (changes.email() != null) {
            this.email = changes.email();
        }
        this.provinceCode = changes.provinceCode();
        this.districtCode = changes.districtCode();
        this.communeCode = changes.communeCode();
        this.street = changes.street();
        if (kind == ApplicantKind.BUSINESS) {
            this.taxCode = changes.taxCode();
            this.organisationName = changes.organisationName();
        }
        this.updatedAt = now;
    }

    /** Records the citizen ID (and date of birth, if known) as asserted by an identity provider. */
    void verifyCitizenId(String verifiedId, LocalDate born, Instant now) {
        this.citizenId = verifiedId;
        if (born != null) {
            this.dateOfBirth = born;
        }
        this.citizenIdVerifiedAt = now;
        this.updatedAt = now;
    }

    boolean citizenIdVerified() {
        return citizenIdVerifiedAt != null;
    }

    ApplicantKind kind() {
        return kind;
    }

    UUID accountId() {
        return accountId;
    }

    Citizen view(String username) {
        return new Citizen(accountId, username, kind, fullName, citizenId, dateOfBirth, phone, email, provinceCode,
                districtCode, communeCode, street, taxCode, organisationName);
    }
}
