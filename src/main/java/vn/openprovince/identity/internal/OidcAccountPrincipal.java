package vn.openprovince.identity.internal;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A citizen signed in through an external OpenID Connect provider: the same account principal as a password
 * sign-in (so every check of {@link AccountPrincipal} holds), carrying the provider's tokens as well.
 */
final class OidcAccountPrincipal extends AccountPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    OidcAccountPrincipal(Account account, OidcUser user) {
        super(account.id(), account.username(), null, account.displayName(), account.officialId(), account.enabled(),
                false, account.assignments().stream().map(RoleAssignment::toGrant).toList());
        this.idToken = user.getIdToken();
        this.userInfo = user.getUserInfo();
        this.claims = Map.copyOf(user.getClaims());
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** The account's sign-in name, so the audit trail names the same actor as for a password sign-in. */
    @Override
    public String getName() {
        return getUsername();
    }
}
