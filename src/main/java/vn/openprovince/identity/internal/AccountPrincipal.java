package vn.openprovince.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.openprovince.identity.Grant;

/** The authenticated account, with its grants as of sign-in (password sign-in; see {@link OidcAccountPrincipal}). */
class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final UUID officialId;
    private final boolean enabled;
    private final boolean locked;
    private final List<Grant> grants;

    AccountPrincipal(UUID accountId, String username, String passwordHash, String displayName, UUID officialId,
                     boolean enabled, boolean locked, List<Grant> grants) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.officialId = officialId;
        this.enabled = enabled;
        this.locked = locked;
        this.grants = List.copyOf(grants);
    }

    static AccountPrincipal of(Account account, boolean locked) {
        return new AccountPrincipal(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.officialId(), account.enabled(), locked,
                account.assignments().stream().map(RoleAssignment::toGrant).toList());
    }

    UUID accountId() {
        return accountId;
    }

    String displayName() {
        return displayName;
    }

    UUID officialId() {
        return officialId;
    }

    List<Grant> grants() {
        return grants;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new LinkedHashSet<GrantedAuthority>();
        grants.forEach(grant -> authorities.add(new SimpleGrantedAuthority(grant.role().authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
