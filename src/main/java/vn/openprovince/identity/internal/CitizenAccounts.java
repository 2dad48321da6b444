package vn.openprovince.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.VietnameseIds;
import vn.openprovince.notification.Channel;
import vn.openprovince.notification.Notification;
import vn.openprovince.notification.Notifications;

/**
 * Citizen and business accounts: registration verified by a one-time code to the e-mail or phone given,
 * which becomes the sign-in name; the profile that prefills forms. Passwords follow the officials' policy.
 */
@Service
public class CitizenAccounts implements CitizenDirectory {

    private final Accounts accounts;
    private final CitizenProfiles profiles;
    private final Registrations registrations;
    private final PasswordEncoder passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final StaffMembers staff;
    private final Clock clock = Clock.systemUTC();

    CitizenAccounts(Accounts accounts, CitizenProfiles profiles, Registrations registrations, PasswordEncoder passwords,
                    Notifications notifications, AuditTrail audit, StaffMembers staff) {
        this.staff = staff;
        this.accounts = accounts;
        this.profiles = profiles;
        this.registrations = registrations;
        this.passwords = passwords;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** Starts a registration and sends its code; returns the registration's id for the verification step. */
    @Transactional
    public UUID register(NewRegistration input) {
        String fullName = input.fullName() == null ? "" : input.fullName().strip();
        if (fullName.isEmpty() || fullName.length() > 100) {
            throw new IdentityException(IdentityError.ID_NAME_REQUIRED);
        }
        String contact = normaliseContact(input.contact());
        Channel channel = contact.contains("@") ? Channel.EMAIL : Channel.SMS;
        if (accounts.existsByUsername(contact) || profiles.existsByEmail(contact) || profiles.existsByPhone(contact)) {
            throw new IdentityException(IdentityError.ID_CONTACT_TAKEN);
        }
        String taxCode = null;
        String organisation = null;
        if (input.kind() == ApplicantKind.BUSINESS) {
            taxCode = input.taxCode() == null ? "" : input.taxCode().strip();
            if (!VietnameseIds.isTaxCode(taxCode)) {
                throw new IdentityException(IdentityError.ID_INVALID_TAX_CODE);
            }
            organisation = input.organisationName() == null ? "" : input.organisationName().strip();
            if (organisation.isEmpty() || organisation.length() > 200) {
                throw new IdentityException(IdentityError.ID_ORGANISATION_REQUIRED);
            }
        }
        PasswordPolicy.check(contact, input.password());
        if (!input.password().equals(input.confirmation())) {
            throw new IdentityException(IdentityError.ID_PASSWORDS_DIFFER);
        }
        var registration = new Registration(input.kind() == null ? ApplicantKind.CITIZEN : input.kind(), contact, channel,
                fullName, passwords.encode(input.password()), taxCode, organisation, clock.instant());
        String code = registration.issueCode(clock.instant());
        registrations.save(registration);
        sendCode(registration, code);
        return registration.id();
    }

    /** A new code for a registration not yet verified (the old one stops working). */
    @Transactional
    public void resendCode(UUID registrationId) {
        var registration = registration(registrationId);
        if (!registration.verified()) {
            sendCode(registration, registration.issueCode(clock.instant()));
        }
    }

    /** Checks the code and opens the account; a wrong code is counted even though the call fails. */
    @Transactional(noRollbackFor = IdentityException.class)
    public String verify(UUID registrationId, String code) {
        var registration = registration(registrationId);
        if (registration.verified()) {
            return registration.contact();
        }
        registration.verify(code, clock.instant());
        if (accounts.existsByUsername(registration.contact())) {
            throw new IdentityException(IdentityError.ID_CONTACT_TAKEN);
        }
        open(registration.contact(), registration.passwordHash(), registration.kind(), registration.fullName(),
                registration.channel() == Channel.SMS ? registration.contact() : null,
                registration.channel() == Channel.EMAIL ? registration.contact() : null,
                registration.taxCode(), registration.organisationName());
        return registration.contact();
    }

    /** Where the code of a registration went, masked for showing on the verification page. */
    @Transactional(readOnly = true)
    public String maskedContact(UUID registrationId) {
        return mask(registration(registrationId).contact());
    }

    /** "l***@example.vn", "096****222": enough to recognise, not to read off. */
    static String mask(String contact) {
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        return contact.substring(0, 3) + "****" + contact.substring(contact.length() - 3);
    }

    /** Opens a verified citizen account (registration, or demo data) with its profile. */
    Account open(String username, String passwordHash, ApplicantKind kind, String fullName, String phone, String email,
                 String taxCode, String organisationName) {
        var now = clock.instant();
        var account = new Account(username, passwordHash, kind == ApplicantKind.BUSINESS ? organisationName : fullName,
                null, now);
        account.grant(new RoleAssignment(Role.CITIZEN, null, ScopeKind.AGENCY));
        accounts.save(account);
        profiles.save(new CitizenProfile(account.id(), kind, fullName, phone, email, taxCode, organisationName, now));
        audit.record("citizen-account.opened", "Account", account.id(), null, kind + " " + username);
        return account;
    }

    /** Whether the account is a business's staff member whose authorisation was revoked (its access ends now). */
    @Transactional(readOnly = true)
    public boolean revokedStaff(UUID accountId) {
        return staff.findByStaffAccountId(accountId).map(member -> !member.active()).orElse(false);
    }

    @Transactional
    public Citizen updateProfile(UUID accountId, ProfileChanges input) {
        var profile = profiles.findById(accountId).orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_ACCOUNT));
        var changes = checked(input);
        profile.update(changes, clock.instant());
        audit.record("citizen-account.profile-changed", "Account", accountId, null, "profile updated");
        return profile.view(accounts.findById(accountId).map(Account::username).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Citizen> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var authorisation = staff.findByStaffAccountId(principal.accountId());
            if (authorisation.isPresent()) {
                // A business's staff member acts for the business: its profile, its dossiers; who acts is kept.
                var member = authorisation.get();
                if (!member.active()) {
                    return Optional.empty();
                }
                return citizen(member.businessAccountId()).map(business -> business.actingThrough(
                        new Citizen.ActingStaff(principal.accountId(), principal.getUsername(), member.fullName())));
            }
            return citizen(principal.accountId());
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Citizen> citizen(UUID accountId) {
        return profiles.findById(accountId).flatMap(profile -> accounts.findById(accountId)
                .map(account -> profile.view(account.username())));
    }

    private ProfileChanges checked(ProfileChanges input) {
        String fullName = trim(input.fullName());
        if (fullName == null || fullName.length() > 100) {
            throw new IdentityException(IdentityError.ID_NAME_REQUIRED);
        }
        String citizenId = trim(input.citizenId());
        if (citizenId != null && !VietnameseIds.isCitizenId(citizenId)) {
            throw new IdentityException(IdentityError.ID_INVALID_CITIZEN_ID);
        }
        LocalDate born = input.dateOfBirth();
        if (born != null && (born.isAfter(LocalDate.now(clock)) || born.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new IdentityException(IdentityError.ID_INVALID_DATE_OF_BIRTH);
        }
        String phone = trim(input.phone());
        if (phone != null) {
            if (!VietnameseIds.isPhone(phone)) {
                throw new IdentityException(IdentityError.ID_INVALID_PHONE);
            }
            phone = VietnameseIds.normalisePhone(phone);
        }
        String email = trim(input.email());
        if (email != null) {
            if (!VietnameseIds.isEmail(email)) {
                throw new IdentityException(IdentityError.ID_INVALID_EMAIL);
            }
            email = email.toLowerCase(Locale.ROOT);
        }
        String taxCode = trim(input.taxCode());
        if (taxCode != null && !VietnameseIds.isTaxCode(taxCode)) {
            throw new IdentityException(IdentityError.ID_INVALID_TAX_CODE);
        }
        return new ProfileChanges(fullName, citizenId == null ? null : citizenId.replace(" ", ""), born, phone, email,
                trim(input.provinceCode()), trim(input.districtCode()), trim(input.communeCode()), trim(input.street()),
                taxCode, trim(input.organisationName()));
    }

    static String normaliseContact(String contact) {
        String text = contact == null ? "" : contact.strip();
        if (text.contains("@")) {
            // The address becomes the sign-in name, which holds at most 60 characters.
            if (!VietnameseIds.isEmail(text) || text.length() > 60) {
                throw new IdentityException(IdentityError.ID_INVALID_CONTACT);
            }
            return text.toLowerCase(Locale.ROOT);
        }
        if (!VietnameseIds.isPhone(text)) {
            throw new IdentityException(IdentityError.ID_INVALID_CONTACT);
        }
        return VietnameseIds.normalisePhone(text);
    }

    private void sendCode(Registration registration, String code) {
        notifications.send(new Notification(null, registration.channel(), registration.contact(),
                "Mã xác minh OpenProvince", "Mã xác minh đăng ký tài khoản Cổng dịch vụ công của bạn là " + code
                        + ". Mã có hiệu lực " + Registration.VALIDITY.toMinutes() + " phút. Không chia sẻ mã này cho ai."));
    }

    /** A registration (not a staff invitation, which has its own page). */
    private Registration registration(UUID id) {
        return registrations.findById(id).filter(found -> found.businessAccountId() == null).orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_REGISTRATION));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
