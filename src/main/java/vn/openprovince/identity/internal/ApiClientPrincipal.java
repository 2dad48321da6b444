package vn.openprovince.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.openprovince.identity.Grant;

/** An authenticated API client (hệ thống kết nối), acting with its one grant. */
final class ApiClientPrincipal extends AbstractAuthenticationToken {

    private final UUID clientId;
    private final String name;
    private final Grant grant;

    ApiClientPrincipal(UUID clientId, String name, Grant grant) {
        super(List.of(new SimpleGrantedAuthority(grant.role().authority())));
        this.clientId = clientId;
        this.name = name;
        this.grant = grant;
        setAuthenticated(true);
    }

    Grant grant() {
        return grant;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return clientId;
    }

    @Override
    public String getName() {
        return "api:" + name;
    }
}
