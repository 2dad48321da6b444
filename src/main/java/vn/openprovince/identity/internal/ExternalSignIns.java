package vn.openprovince.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.VietnameseIds;

/**
 * Đăng nhập bằng tài khoản định danh điện tử: turns a verified OpenID Connect sign-in into a citizen account.
 * The provider's subject, once linked, names the account for good. On the first sign-in the account is
 * linked to an existing citizen profile with the same citizen ID only when that link is proven: the profile's
 * ID was already vouched for by an identity provider, or the provider vouches for the e-mail or phone the account
 * verified at registration. A number merely typed into someone's profile links nothing (else anyone could
 * capture a citizen's sign-in by typing their number); a new account is opened instead.
 */
@Service
class ExternalSignIns {

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIns.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OidcSettings settings;
    private final ExternalIdentities identities;
    private final Accounts accounts;
    private final CitizenProfiles profiles;
    private final CitizenAccounts citizens;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ExternalSignIns(OidcSettings settings, ExternalIdentities identities, Accounts accounts, CitizenProfiles profiles,
                    CitizenAccounts citizens, PasswordEncoder passwords, AuditTrail audit) {
        this.settings = settings;
        this.identities = identities;
        this.accounts = accounts;
        this.profiles = profiles;
        this.citizens = citizens;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** The account for a user the provider has authenticated (ID token already validated by Spring Security). */
    @Transactional
    public OidcAccountPrincipal signIn(String provider, OidcUser user) {
        String citizenId = citizenId(user);
        var now = clock.instant();
        var linked = identities.findByProviderAndSubject(provider, user.getSubject());
        Account account;
        if (linked.isPresent()) {
            var identity = linked.get();
            if (!identity.citizenId().equals(citizenId)) {
                // The provider's subject names one person; a different number under it is not to be trusted.
                log.warn("OIDC subject of {} now asserts another citizen ID; sign-in refused", provider);
                throw refused(IdentityError.ID_OIDC_FAILED);
            }
            account = accounts.findById(identity.accountId()).orElseThrow(() -> refused(IdentityError.ID_OIDC_FAILED));
            identity.signedIn(now);
        } else {
            account = linkOrOpen(provider, user, citizenId);
            identities.save(new ExternalIdentity(provider, user.getSubject(), account.id(), citizenId, now));
        }
        if (!account.enabled()) {
            throw refused(IdentityError.ID_OIDC_ACCOUNT_DISABLED);
        }
        audit.record("citizen-account.oidc-signed-in", "Account", account.id(), null, provider + " " + account.username());
        return new OidcAccountPrincipal(account, user);
    }

    private Account linkOrOpen(String provider, OidcUser user, String citizenId) {
        var now = clock.instant();
        String email = email(user);
        String phone = phone(user);
        var candidates = profiles.findByCitizenId(citizenId).stream()
                .filter(profile -> profile.kind() == ApplicantKind.CITIZEN)
                .sorted(Comparator.comparing(CitizenProfile::citizenIdVerified).reversed())
                .toList();
        for (var profile : candidates) {
            var account = accounts.findById(profile.accountId()).orElse(null);
            if (account == null) {
                continue;
            }
            boolean contactVouched = account.username().equals(email) || account.username().equals(phone);
            boolean alreadyVerified = profile.citizenIdVerified();
            if (alreadyVerified || contactVouched) {
                profile.verifyCitizenId(citizenId, birthdate(user), now);
                audit.record("citizen-account.oidc-linked", "Account", account.id(), null,
                        provider + " linked to " + account.username()
                                + (alreadyVerified ? " (verified citizen ID)" : " (verified contact)"));
                return account;
            }
        }
        String fullName = fullName(user);
        String username = provider + ":" + citizenId;
        if (accounts.existsByUsername(username)) {
            throw refused(IdentityError.ID_OIDC_FAILED);
        }
        // No password: this account signs in through the provider only; the random one is never shown.
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        var account = citizens.open(username, passwords.encode(Base64.getEncoder().encodeToString(secret)),
                ApplicantKind.CITIZEN, fullName,
                phone != null && !profiles.existsByPhone(phone) ? phone : null,
                email != null && !profiles.existsByEmail(email) ? email : null, null, null);
        profiles.findById(account.id()).orElseThrow().verifyCitizenId(citizenId, birthdate(user), now);
        audit.record("citizen-account.oidc-created", "Account", account.id(), null,
                provider + " " + username + (candidates.isEmpty() ? "" : " (an unverified profile has the same citizen ID)"));
        return account;
    }

    private String citizenId(OidcUser user) {
        for (String claim : settings.citizenIdClaims()) {
            Object value = user.getClaims().get(claim);
            if (value != null && !value.toString().isBlank()) {
                String id = value.toString().strip();
                if (!VietnameseIds.isCitizenId(id)) {
                    throw refused(IdentityError.ID_OIDC_INVALID_CITIZEN_ID);
                }
                return id.replace(" ", "");
            }
        }
        throw refused(IdentityError.ID_OIDC_NO_CITIZEN_ID);
    }

    private String fullName(OidcUser user) {
        String name = text(user.getClaims().get(settings.nameClaim()));
        if (name == null) {
            name = text(String.join(" ", Objects.toString(user.getFamilyName(), ""), Objects.toString(user.getMiddleName(), ""),
                    Objects.toString(user.getGivenName(), "")).replaceAll("\\s+", " "));
        }
        if (name == null || name.length() > 100) {
            throw refused(IdentityError.ID_OIDC_NO_NAME);
        }
        return name;
    }

    private LocalDate birthdate(OidcUser user) {
        String text = text(user.getClaims().get(settings.birthdateClaim()));
        if (text == null) {
            return null;
        }
        LocalDate born;
        try {
            born = text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
        return born.isAfter(LocalDate.now(clock)) || born.isBefore(LocalDate.of(1900, 1, 1)) ? null : born;
    }

    /** Only an address or number the provider says it verified counts (OIDC {@code email_verified}, {@code phone_number_verified}). */
    private static String email(OidcUser user) {
        String email = text(user.getEmail());
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified()) || !VietnameseIds.isEmail(email)) {
            return null;
        }
        return email.toLowerCase(Locale.ROOT);
    }

    private static String phone(OidcUser user) {
        String phone = text(user.getPhoneNumber());
        if (phone == null || !Boolean.TRUE.equals(user.getPhoneNumberVerified()) || !VietnameseIds.isPhone(phone)) {
            return null;
        }
        return VietnameseIds.normalisePhone(phone);
    }

    private static String text(Object value) {
        return Optional.ofNullable(value).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static OAuth2AuthenticationException refused(IdentityError error) {
        return new OAuth2AuthenticationException(new OAuth2Error(error.name()), error.name());
    }
}
