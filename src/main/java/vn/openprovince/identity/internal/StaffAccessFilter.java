package vn.openprovince.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.openprovince.identity.Role;

/**
 * A staff member whose authorisation the business revoked loses access at their next request, even in a session
 * opened before: the session ends and they are sent to sign in again (where their disabled account is refused).
 * Checked on every request of a citizen account, one indexed look-up.
 */
final class StaffAccessFilter extends OncePerRequestFilter {

    private final CitizenAccounts citizens;
    private final AuthenticationEntryPoint entryPoint;

    StaffAccessFilter(CitizenAccounts citizens, AuthenticationEntryPoint entryPoint) {
        this.citizens = citizens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.grants().stream().anyMatch(grant -> grant.role() == Role.CITIZEN)
                && citizens.revokedStaff(principal.accountId())) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (entryPoint != null) {
                entryPoint.commence(request, response, new InsufficientAuthenticationException("staff authorisation revoked"));
            } else {
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.PORTAL_SIGN_IN + "?revoked");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
