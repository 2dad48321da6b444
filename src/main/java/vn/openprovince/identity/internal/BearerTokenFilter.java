package vn.openprovince.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …}: {@code op_…} tokens of registered API clients and
 * {@code opa_…} access tokens of accounts.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiClientService clients;
    private final AccessTokenService accessTokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiClientService clients, AccessTokenService accessTokens, AuthenticationEntryPoint entryPoint) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        Optional<? extends Authentication> client = token.startsWith(AccessTokenService.TOKEN_PREFIX)
                ? accessTokens.authenticate(token) : clients.authenticate(token);
        if (client.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(client.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
