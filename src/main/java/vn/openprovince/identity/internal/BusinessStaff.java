package vn.openprovince.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;

/**
 * Doanh nghiệp ủy quyền cho nhân viên: a business account authorises staff members, who sign in with their own
 * accounts and act for the business (its dossiers are filed under the business). The business invites them by
 * e-mail or phone; the staff member enters the one-time code sent there and sets a password, like a registration.
 * Revoking disables the staff account at once and ends any session at its next request.
 */
@Service
public class BusinessStaff {

    private final StaffMembers staff;
    private final Registrations registrations;
    private final Accounts accounts;
    private final CitizenProfiles profiles;
    private final CitizenAccounts citizens;
    private final PasswordEncoder passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    BusinessStaff(StaffMembers staff, Registrations registrations, Accounts accounts, CitizenProfiles profiles,
                  CitizenAccounts citizens, PasswordEncoder passwords, Notifications notifications, AuditTrail audit) {
        this.staff = staff;
        this.registrations = registrations;
        this.accounts = accounts;
        this.profiles = profiles;
        this.citizens = citizens;
        this.passwords = passwords;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** An invitation as its acceptance page shows it. */
    public record Invitation(UUID registrationId, String businessName, String maskedContact) {
    }

    @Transactional(readOnly = true)
    public Page<StaffView> list(Citizen owner, Pageable page) {
        requireOwner(owner);
        return staff.findByBusinessAccountIdOrderByAddedAtDesc(owner.accountId(), page).map(StaffMember::view);
    }

    /** Invites a staff member and sends them the code; returns the authorisation's id. */
    @Transactional
    public UUID invite(Citizen owner, String fullName, String contact) {
        requireOwner(owner);
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IdentityException(IdentityError.ID_NAME_REQUIRED);
        }
        String address = CitizenAccounts.normaliseContact(contact);
        if (accounts.existsByUsername(address) || profiles.existsByEmail(address) || profiles.existsByPhone(address)
                || staff.existsByContactAndStateIn(address, EnumSet.of(StaffMember.State.INVITED, StaffMember.State.ACTIVE))) {
            throw new IdentityException(IdentityError.ID_CONTACT_TAKEN);
        }
        var now = clock.instant();
        var invitation = Registration.staffInvitation(owner.accountId(), address,
                address.contains("@") ? Channel.EMAIL : Channel.SMS, name, now);
        String code = invitation.issueCode(now);
        registrations.save(invitation);
        var member = staff.save(new StaffMember(owner.accountId(), invitation.id(), name, address, now));
        send(invitation, owner.applicantName(), code);
        audit.record("business-staff.invited", "Account", owner.accountId(), null, name + " " + address);
        return member.id();
    }

    @Transactional(readOnly = true)
    public Invitation invitation(UUID registrationId) {
        var member = openInvitation(registrationId);
        String business = citizens.citizen(member.businessAccountId()).map(Citizen::applicantName).orElse("");
        return new Invitation(registrationId, business, CitizenAccounts.mask(member.contact()));
    }

    /** A new code for an open invitation (the old one stops working). */
    @Transactional
    public void resendCode(UUID registrationId) {
        var member = openInvitation(registrationId);
        var invitation = registrations.findById(registrationId).orElseThrow();
        String business = citizens.citizen(member.businessAccountId()).map(Citizen::applicantName).orElse("");
        send(invitation, business, invitation.issueCode(clock.instant()));
    }

    /**
     * The staff member enters the code and sets their password; opens their account. A wrong code is counted
     * even though the call fails. Returns the sign-in name.
     */
    @Transactional(noRollbackFor = IdentityException.class)
    public String accept(UUID registrationId, String code, String password, String confirmation) {
        var member = openInvitation(registrationId);
        var invitation = registrations.findById(registrationId).orElseThrow();
        PasswordPolicy.check(member.contact(), password);
        if (!password.equals(confirmation)) {
            throw new IdentityException(IdentityError.ID_PASSWORDS_DIFFER);
        }
        invitation.verify(code, clock.instant());
        if (accounts.existsByUsername(member.contact())) {
            throw new IdentityException(IdentityError.ID_CONTACT_TAKEN);
        }
        boolean email = member.contact().contains("@");
        var account = citizens.open(member.contact(), passwords.encode(password), ApplicantKind.CITIZEN, member.fullName(),
                email ? null : member.contact(), email ? member.contact() : null, null, null);
        member.activate(account.id(), clock.instant());
        audit.record("business-staff.activated", "Account", member.businessAccountId(), null,
                member.fullName() + " " + member.contact());
        return member.contact();
    }

    /** Revokes an authorisation: the staff account is disabled, so its next request is refused. */
    @Transactional
    public void revoke(Citizen owner, UUID staffId) {
        requireOwner(owner);
        var member = staff.findById(staffId).filter(found -> found.businessAccountId().equals(owner.accountId()))
                .orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_STAFF));
        if (!member.revoke(clock.instant())) {
            return;
        }
        if (member.staffAccountId() != null) {
            accounts.findById(member.staffAccountId()).ifPresent(account -> account.setEnabled(false));
        }
        audit.record("business-staff.revoked", "Account", owner.accountId(), null, member.fullName() + " " + member.contact());
    }

    /** For a staff member's account: the business they act for while the authorisation stands, else null. */
    StaffMember authorisationOf(UUID staffAccountId) {
        return staff.findByStaffAccountId(staffAccountId).orElse(null);
    }

    private StaffMember openInvitation(UUID registrationId) {
        var member = staff.findByRegistrationId(registrationId)
                .orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_REGISTRATION));
        if (member.state() == StaffMember.State.REVOKED) {
            throw new IdentityException(IdentityError.ID_STAFF_REVOKED);
        }
        if (member.state() != StaffMember.State.INVITED) {
            throw new IdentityException(IdentityError.ID_UNKNOWN_REGISTRATION);
        }
        return member;
    }

    private static void requireOwner(Citizen owner) {
        if (owner.actedByStaff()) {
            throw new IdentityException(IdentityError.ID_STAFF_CANNOT_MANAGE);
        }
        if (owner.kind() != ApplicantKind.BUSINESS) {
            throw new IdentityException(IdentityError.ID_NOT_A_BUSINESS);
        }
    }

    /** The portal's address as the business reached it (the invitation is sent during that request). */
    private static String portalAddress() {
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        } catch (IllegalStateException noRequest) {
            return "";
        }
    }

    private void send(Registration invitation, String business, String code) {
        notifications.send(new Notification(null, invitation.channel(), invitation.contact(),
                "Lời mời làm nhân viên được ủy quyền",
                business + " ủy quyền cho bạn thao tác trên Cổng dịch vụ công. Mở trang " + portalAddress()
                        + "/cong-dich-vu-cong/dang-ky/nhan-vien/" + invitation.id() + " và nhập mã xác minh " + code + " (hiệu lực "
                        + Registration.VALIDITY.toMinutes() + " phút) để đặt mật khẩu. Không chia sẻ mã này cho ai."));
    }
}
