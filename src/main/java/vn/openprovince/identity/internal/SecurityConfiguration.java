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
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_UPLOADS).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated())
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
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).defaultSuccessUrl("/", false))
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
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }
}
