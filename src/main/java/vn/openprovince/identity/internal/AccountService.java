package vn.openprovince.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.organization.VietnameseText;

/** Use cases on accounts: open, grant, change and reset passwords, lock and unlock. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccessTokenService accessTokens;
    private final OrganizationDirectory directory;
    private final ScopeResolver scopes;
    private final AuditTrail audit;
    private final int maxFailedLogins;
    private final Duration lockout;
    private final Clock clock = Clock.systemUTC();

    AccountService(Accounts accounts, PasswordEncoder passwords, OrganizationDirectory directory, ScopeResolver scopes,
                   AuditTrail audit, AccessTokenService accessTokens,
                   @Value("${openprovince.identity.max-failed-logins:5}") int maxFailedLogins,
                   @Value("${openprovince.identity.lockout-duration:15m}") Duration lockout) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.directory = directory;
        this.scopes = scopes;
        this.audit = audit;
        this.accessTokens = accessTokens;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> accounts(String query, Pageable page) {
        AgencyScope scope = scopes.scopeFor(Permissions.MANAGE_ACCOUNTS);
        String pattern = "%" + VietnameseText.fold(query).replace("%", "").replace("_", "") + "%";
        Page<Account> found = scope.all() ? accounts.searchAll(pattern, page)
                : scope.isEmpty() ? Page.empty(page) : accounts.searchWithin(pattern, scope.agencyUuids(), page);
        return found.map(this::view);
    }

    @Transactional(readOnly = true)
    public AccountView account(UUID id) {
        var account = existing(id);
        requireManageable(account);
        return view(account);
    }

    @Transactional
    public AccountView open(NewAccount input) {
        String username = input.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new IdentityException(IdentityError.ID_INVALID_USERNAME, username);
        }
        var official = directory.official(input.officialId())
                .orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_OFFICIAL, input.officialId()));
        var grant = new GrantInput(input.role(), official.agencyId().value(),
                input.scope() == null ? ScopeKind.AGENCY : input.scope());
        requireGrantable(grant);
        if (accounts.existsByUsername(username)) {
            throw new IdentityException(IdentityError.ID_DUPLICATE_USERNAME, username);
        }
        if (accounts.existsByOfficialId(official.id())) {
            throw new IdentityException(IdentityError.ID_OFFICIAL_HAS_ACCOUNT, official.fullName());
        }
        PasswordPolicy.check(username, input.password());
        var account = new Account(username, passwords.encode(input.password()), official.fullName(), official.id(),
                clock.instant());
        account.grant(new RoleAssignment(grant.role(), grant.agencyId(), grant.scope()));
        accounts.save(account);
        audit.record("account.opened", "Account", account.id(), official.agencyId().value(),
                "%s for %s: %s".formatted(username, official.fullName(), grant.role()));
        return view(account);
    }

    @Transactional
    public AccountView replaceGrants(UUID id, List<GrantInput> grants) {
        var account = existing(id);
        requireManageable(account);
        account.assignments().forEach(existing -> requireGrantable(
                new GrantInput(existing.role(), existing.agencyId(), existing.scope())));
        grants.forEach(this::requireGrantable);
        account.replaceGrants(grants.stream()
                .map(grant -> new RoleAssignment(grant.role(), grant.agencyId(), grant.scope())).toList());
        audit.record("account.grants-changed", "Account", id, primaryAgency(account),
                grants.stream().map(g -> g.role() + "@" + g.agencyId() + "/" + g.scope()).toList().toString());
        return view(account);
    }

    /** The agencies at which the current administrator may grant roles. */
    @Transactional(readOnly = true)
    public List<AgencySummary> grantableAgencies() {
        return directory.agencies(scopes.scopeFor(Permissions.MANAGE_ACCOUNTS));
    }

    @Transactional
    public void changeOwnPassword(String username, String current, String replacement, String confirmation) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_ACCOUNT, username));
        if (!passwords.matches(current, account.passwordHash())) {
            throw new IdentityException(IdentityError.ID_WRONG_CURRENT_PASSWORD);
        }
        if (!replacement.equals(confirmation)) {
            throw new IdentityException(IdentityError.ID_PASSWORDS_DIFFER);
        }
        PasswordPolicy.check(username, replacement);
        account.changePassword(passwords.encode(replacement), clock.instant());
        accessTokens.revokeAll(account.id());
        audit.record("account.password-changed", "Account", account.id(), primaryAgency(account), null);
    }

    @Transactional
    public void resetPassword(UUID id, String replacement) {
        var account = existing(id);
        requireManageable(account);
        PasswordPolicy.check(account.username(), replacement);
        account.changePassword(passwords.encode(replacement), clock.instant());
        account.unlock();
        accessTokens.revokeAll(id);
        audit.record("account.password-reset", "Account", id, primaryAgency(account), null);
    }

    @Transactional
    public AccountView unlock(UUID id) {
        var account = existing(id);
        requireManageable(account);
        account.unlock();
        audit.record("account.unlocked", "Account", id, primaryAgency(account), null);
        return view(account);
    }

    @Transactional
    public AccountView setEnabled(UUID id, boolean enabled) {
        var account = existing(id);
        requireManageable(account);
        account.setEnabled(enabled);
        audit.record(enabled ? "account.enabled" : "account.disabled", "Account", id, primaryAgency(account), null);
        return view(account);
    }

    /** Called on every failed sign-in, in its own transaction so the count survives the failure. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username) {
        if (accounts.countFailedLogin(username) == 0) {
            return;
        }
        Instant until = clock.instant().plus(lockout);
        if (accounts.lockIfLimitReached(username, maxFailedLogins, until) == 1) {
            accounts.findByUsername(username).ifPresent(account -> audit.record("account.locked", "Account",
                    account.id(), primaryAgency(account),
                    "%d failed sign-ins; locked until %s".formatted(maxFailedLogins, until)));
        }
    }

    /** Any successful authentication (also each API call with a password) clears the failure count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clearFailedLogins(String username) {
        accounts.clearFailedLogins(username);
    }

    /** A sign-in on the pages: remembered as the last sign-in and audited. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(String username) {
        accounts.recordLogin(username, clock.instant());
        accounts.findByUsername(username).ifPresent(account ->
                audit.record("account.signed-in", "Account", account.id(), primaryAgency(account), null));
    }

    private void requireManageable(Account account) {
        AgencyScope scope = scopes.scopeFor(Permissions.MANAGE_ACCOUNTS);
        if (scope.all()) {
            return;
        }
        boolean anyInScope = account.assignments().stream()
                .anyMatch(grant -> grant.agencyId() != null && scope.includes(new AgencyId(grant.agencyId())));
        if (!anyInScope) {
            throw new AccessDeniedException("account outside the administrator's scope");
        }
    }

    /** An administrator may only hand out what lies within their own scope, and never system rights. */
    private void requireGrantable(GrantInput grant) {
        AgencyScope scope = scopes.scopeFor(Permissions.MANAGE_ACCOUNTS);
        if (scope.all()) {
            return;
        }
        AgencyId agency = new AgencyId(grant.agencyId());
        boolean systemWide = grant.role() == Role.SYSTEM_ADMIN || grant.scope() == ScopeKind.ALL;
        Set<AgencyId> reach = grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES
                ? directory.agencyWithSubordinates(agency) : Set.of(agency);
        if (systemWide || !reach.stream().allMatch(scope::includes)) {
            throw new IdentityException(IdentityError.ID_GRANT_OUTSIDE_SCOPE, grant.role());
        }
    }

    private Account existing(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_ACCOUNT, id));
    }

    private static UUID primaryAgency(Account account) {
        return account.assignments().stream().map(RoleAssignment::agencyId).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private AccountView view(Account account) {
        var grants = account.assignments().stream().map(grant -> new AccountView.GrantView(grant.role(),
                grant.agencyId(), grant.agencyId() == null ? null
                        : directory.agency(new AgencyId(grant.agencyId())).map(AgencySummary::name).orElse(null),
                grant.scope())).toList();
        return new AccountView(account.id(), account.username(), account.displayName(), account.officialId(),
                account.enabled(), account.isLocked(clock.instant()), account.lastLoginAt(), account.createdAt(),
                grants);
    }
}
