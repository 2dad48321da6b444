package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.notification.Channel;

/**
 * Đăng ký tài khoản: a citizen's registration awaiting the one-time code sent to their e-mail or phone.
 * Only a hash of the code is kept; it expires after {@link #VALIDITY} and allows {@link #MAX_ATTEMPTS} tries.
 */
@Entity
@Table(name = "citizen_registration")
class Registration {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ApplicantKind kind;
    private String contact;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "tax_code")
    private String taxCode;
    @Column(name = "organisation_name")
    private String organisationName;
    /** For a staff member's invitation: the business that authorises them; {@code null} for a registration. */
    @Column(name = "business_account_id")
    private UUID businessAccountId;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "expires_at")
    private Instant expiresAt;
    private int attempts;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Registration() {
    }

    Registration(ApplicantKind kind, String contact, Channel channel, String fullName, String passwordHash,
                 String taxCode, String organisationName, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.contact = contact;
        this.channel = channel;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.taxCode = taxCode;
        this.organisationName = organisationName;
        this.createdAt = now;
    }

    /** Lời mời nhân viên: a staff member's invitation; the password is set when the code is entered. */
    static Registration staffInvitation(UUID businessAccountId, String contact, Channel channel, String fullName,
                                        Instant now) {
        var invitation = new Registration(ApplicantKind.CITIZEN, contact, channel, fullName, null, null, null, now);
        invitation.businessAccountId = businessAccountId;
        return invitation;
    }

    UUID businessAccountId() {
        return businessAccountId;
    }

    /** A fresh 6-digit code, replacing any earlier one; returns the code in clear, to be sent once. */
    String issueCode(Instant now) {
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        this.codeHash = hash(code);
        this.expiresAt = now.plus(VALIDITY);
        this.attempts = 0;
        return code;
    }

    /** Checks the typed code; a wrong one counts towards the limit, after which a new code is needed. */
    void verify(String typed, Instant now) {
        if (verifiedAt != null) {
            return;
        }
        if (attempts >= MAX_ATTEMPTS) {
            throw new IdentityException(IdentityError.ID_TOO_MANY_ATTEMPTS, MAX_ATTEMPTS);
        }
        if (!now.isBefore(expiresAt)) {
            throw new IdentityException(IdentityError.ID_CODE_EXPIRED);
        }
        String clean = typed == null ? "" : typed.strip();
        if (!MessageDigest.isEqual(hash(clean).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII))) {
            attempts++;
            throw new IdentityException(IdentityError.ID_WRONG_CODE, MAX_ATTEMPTS - attempts);
        }
        verifiedAt = now;
    }

    /** Salted with the registration id, so equal codes of two registrations have different hashes. */
    private String hash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verified() {
        return verifiedAt != null;
    }

    UUID id() {
        return id;
    }

    ApplicantKind kind() {
        return kind;
    }

    String contact() {
        return contact;
    }

    Channel channel() {
        return channel;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    String taxCode() {
        return taxCode;
    }

    String organisationName() {
        return organisationName;
    }
}
