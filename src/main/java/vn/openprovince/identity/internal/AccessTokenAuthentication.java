package vn.openprovince.identity.internal;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An account authenticated by one of its access tokens: the same account and grants as with its password. */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal account;
    private final UUID tokenId;

    AccessTokenAuthentication(AccountPrincipal account, UUID tokenId) {
        super(account.getAuthorities());
        this.account = account;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    UUID tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.getUsername();
    }
}
