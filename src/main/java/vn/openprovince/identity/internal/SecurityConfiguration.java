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
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Public reference data, the public calendar and the published procedure catalogue (reads only). */
    static final String[] PUBLIC_API = {"/api/v1/units", "/api/v1/units/**", "/api/v1/calendar/lunar", "/api/v1/calendar/solar",
            "/api/v1/calendar/holidays", "/api/v1/calendar/deadline", "/api/v1/procedures", "/api/v1/procedures/*"};

    /** The public service portal: read-only pages for citizens and businesses, no sign-in. */
    static final String[] PUBLIC_PAGES = {"/cong-dich-vu-cong", "/cong-dich-vu-cong/**"};

    /** The public dossier status look-up (state and appointment date only, rate-limited). */
    static final String[] PUBLIC_DOSSIER_STATUS = {"/api/v1/dossiers/*/status", "/api/v1/results/*/verification"};

    /** The citizens' own API: online submission and their dossiers. */
    static final String[] CITIZEN_API = {"/api/v1/dossiers", "/api/v1/dossiers/mine", "/api/v1/dossiers/*/supplement",
            "/api/v1/dossiers/*/withdrawal-request", "/api/v1/dossiers/*/result/download"};

    /**
     * Payments and ratings serve both the citizen (own obligations, own rating) and officials (confirmation,
     * aggregates): signed in is enough here, the modules' use cases decide by account and agency.
     */
    static final String[] CITIZEN_AND_OFFICIAL_API = {"/api/v1/payments", "/api/v1/payments/**", "/api/v1/ratings",
            "/api/v1/ratings/**"};

    /** Every account (citizen or official) manages its own access tokens. */
    static final String[] ACCESS_TOKENS_API = {"/api/v1/auth/tokens", "/api/v1/auth/tokens/**"};

    /** Payment gateways' callbacks (IPN): no account, the signature is checked by the payment module. */
    static final String[] PAYMENT_CALLBACKS = {"/api/v1/payments/sandbox/callback"};

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
    SecurityFilterChain api(HttpSecurity http, ApiClientService clients, AccessTokenService accessTokens,
                            MessageSource messages, LocaleResolver locales, CitizenAccounts citizens) throws Exception {
        var entryPoint = ProblemResponses.unauthorized(messages, locales);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_DOSSIER_STATUS).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_UPLOADS).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers(CITIZEN_API).hasRole(Role.CITIZEN.name())
                        .requestMatchers(HttpMethod.POST, PAYMENT_CALLBACKS).permitAll()
                        .requestMatchers(CITIZEN_AND_OFFICIAL_API).authenticated()
                        .requestMatchers(ACCESS_TOKENS_API).authenticated()
                        .anyRequest().access(official()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.realmName("OpenProvince").authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BearerTokenFilter(clients, accessTokens, entryPoint), BasicAuthenticationFilter.class)
                .addFilterBefore(new StaffAccessFilter(citizens, entryPoint), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.forbidden(messages, locales)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, OidcSettings oidc, ObjectProvider<ClientRegistrationRepository> registrations,
                              ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers,
                              CitizenAccounts citizens) throws Exception {
        http.addFilterBefore(new StaffAccessFilter(citizens, null), AuthorizationFilter.class);
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
        if (oidc.configured()) {
            // Sign-in through the national identity provider: authorization code flow with PKCE (S256) and a
            // nonce; the library validates the ID token (signature, issuer, audience, expiry, nonce).
            var repository = registrations.getObject();
            var requests = new DefaultOAuth2AuthorizationRequestResolver(repository,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage(PORTAL_SIGN_IN)
                    .clientRegistrationRepository(repository)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.getObject()))
                    .successHandler(signedIn())
                    .failureHandler(oidcFailure())
                    // The provider unreachable (discovery at the first sign-in): back to the page, not a 500.
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(oidcFailure());
                            return filter;
                        }
                    }));
        }
        return http.build();
    }

    /** Back to the portal's sign-in page with the reason; only the module's own codes pass, anything else is "failed". */
    private static AuthenticationFailureHandler oidcFailure() {
        return (request, response, exception) -> {
            String code = IdentityError.ID_OIDC_FAILED.name();
            if (exception instanceof OAuth2AuthenticationException refused
                    && refused.getError().getErrorCode().startsWith("ID_OIDC_")) {
                code = refused.getError().getErrorCode();
            } else {
                log.warn("OIDC sign-in failed: {}", exception.getMessage());
            }
            response.sendRedirect(request.getContextPath() + PORTAL_SIGN_IN + "?oidc=" + code);
        };
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
