package vn.openprovince.identity.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.openprovince.identity.Role;
import java.util.LinkedHashMap;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the stateless API (HTTP Basic or bearer token, problem details) and the
 * pages (form sign-in, session, CSRF). Everything not listed as public needs a signed-in user;
 * agency scoping is checked by each module's use cases.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Public reference data, the public calendar and the published procedure catalogue (reads only). */
    static final String[] PUBLIC_API = {"/api/v1/units", "/api/v1/units/**", "/api/v1/calendar/lunar", "/api/v1/calendar/solar",
            "/api/v1/calendar/holidays", "/api/v1/calendar/deadline", "/api/v1/procedures", "/api/v1/procedures/*"};

    /** The public service portal: read-only pages for citizens and businesses, no sign-in. */
    static final String[] PUBLIC_PAGES = {"/cong-dich-vu-cong", "/cong-dich-vu-cong/**"};

    /** The public dossier status look-up (state and appointment date only, rate-limited). */
    static final String[] PUBLIC_DOSSIER_STATUS = {"/api/v1/dossiers/*/status"};

    /** The citizens' own API: online submission and their dossiers. */
    static final String[] CITIZEN_API = {"/api/v1/dossiers", "/api/v1/dossiers/mine", "/api/v1/dossiers/*/supplement",
            "/api/v1/dossiers/*/withdrawal-request"};

    /** Registration and the portal's own sign-in page: open to everyone, forms included. */
    static final String[] PORTAL_REGISTRATION = {"/cong-dich-vu-cong/dang-ky", "/cong-dich-vu-cong/dang-ky/**",
            "/cong-dich-vu-cong/dang-nhap"};

    /** The signed-in citizen's pages on the portal: submission, drafts, my dossiers, profile, inbox. */
    static final String[] CITIZEN_PAGES = {"/cong-dich-vu-cong/ca-nhan", "/cong-dich-vu-cong/ca-nhan/**",
            "/cong-dich-vu-cong/thu-tuc/*/nop-truc-tuyen", "/cong-dich-vu-cong/thu-tuc/*/nop-truc-tuyen/**"};

    static final String PORTAL_SIGN_IN = "/cong-dich-vu-cong/dang-nhap";

    /** Public uploads: anyone may have a signed PDF validated (nothing is stored). */
    static final String[] PUBLIC_API_UPLOADS = {"/api/v1/signatures/validate", "/api/v1/signatures/validate/*"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiClientService clients, MessageSource messages, LocaleResolver locales)
            throws Exception {
        var entryPoint = ProblemResponses.unauthorized(messages, locales);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_DOSSIER_STATUS).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_UPLOADS).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers(CITIZEN_API).hasRole(Role.CITIZEN.name())
                        .anyRequest().access(official()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.realmName("OpenProvince").authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BearerTokenFilter(clients, entryPoint), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.forbidden(messages, locales)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
                                "/images/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/verify").permitAll()
                        .requestMatchers(PORTAL_REGISTRATION).permitAll()
                        .requestMatchers(CITIZEN_PAGES).hasRole(Role.CITIZEN.name())
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .anyRequest().access(official()))
                // Visitors of the portal sign in on the portal's page, everyone else on the officials' one.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInPages()))
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).successHandler(signedIn()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "error";
            // The portal's sign-in form posts here too, and its users go back to it.
            String page = request.getParameter("portal") != null ? PORTAL_SIGN_IN : "/login";
            response.sendRedirect(request.getContextPath() + page + "?" + reason);
        };
    }

    private static AuthenticationEntryPoint signInPages() {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(PathPatternRequestMatcher.withDefaults().matcher("/cong-dich-vu-cong/**"),
                new LoginUrlAuthenticationEntryPoint(PORTAL_SIGN_IN));
        var delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return delegating;
    }

    /** Officials go where they were going, else home; citizens likewise, else to their dossiers on the portal. */
    private static AuthenticationSuccessHandler signedIn() {
        var official = new SavedRequestAwareAuthenticationSuccessHandler();
        official.setDefaultTargetUrl("/");
        var citizen = new SavedRequestAwareAuthenticationSuccessHandler();
        citizen.setDefaultTargetUrl("/cong-dich-vu-cong/ca-nhan/ho-so");
        return (request, response, authentication) -> {
            boolean isCitizen = authentication.getAuthorities().stream()
                    .anyMatch(authority -> Role.CITIZEN.authority().equals(authority.getAuthority()));
            (isCitizen ? citizen : official).onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Signed in and not a citizen: officials' pages and API stay closed to citizen accounts (403). */
    private static AuthorizationManager<RequestAuthorizationContext> official() {
        return (authentication, context) -> {
            Authentication user = authentication.get();
            boolean allowed = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                    && user.getAuthorities().stream()
                    .noneMatch(authority -> Role.CITIZEN.authority().equals(authority.getAuthority()));
            return new AuthorizationDecision(allowed);
        };
    }
}
