package vn.openprovince.identity.internal;

import java.util.Iterator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.util.StringUtils;

/**
 * The OpenID Connect client, present only when {@code openprovince.oidc.client-id} is set: the provider's
 * registration (from its discovery document, or from explicit endpoints) and the user service that maps the
 * provider's user to a citizen account.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfiguration.Configured.class)
class OidcConfiguration {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    @Bean
    ClientRegistrationRepository oidcClientRegistrations(OidcSettings settings) {
        return new LazyRegistration(settings);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> citizenOidcUserService(ExternalSignIns signIns) {
        var provider = new OidcUserService();
        return request -> signIns.signIn(request.getClientRegistration().getRegistrationId(), provider.loadUser(request));
    }

    /** ID tokens signed with the configured algorithm (RS256 unless the provider says otherwise). */
    @Bean
    JwtDecoderFactory<ClientRegistration> oidcIdTokenDecoderFactory(OidcSettings settings) {
        var factory = new OidcIdTokenDecoderFactory();
        var algorithm = SignatureAlgorithm.from(settings.jwsAlgorithm());
        if (algorithm == null) {
            throw new IllegalStateException("openprovince.oidc.jws-algorithm: unknown " + settings.jwsAlgorithm());
        }
        factory.setJwsAlgorithmResolver(registration -> algorithm);
        return factory;
    }

    /** Matches when a client id is set and not blank (an empty environment variable keeps it off). */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("openprovince.oidc.client-id"));
        }
    }

    /**
     * The one provider's registration, read from its discovery document on first use rather than at start-up:
     * the portal starts (and password sign-in works) while the provider is unreachable, and a failed read is
     * tried again on the next sign-in.
     */
    static final class LazyRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        private final OidcSettings settings;
        private volatile ClientRegistration registration;

        LazyRegistration(OidcSettings settings) {
            this.settings = settings;
            boolean explicit = StringUtils.hasText(settings.authorizationUri());
            if (explicit && (!StringUtils.hasText(settings.tokenUri()) || !StringUtils.hasText(settings.jwkSetUri()))) {
                throw new IllegalStateException("openprovince.oidc: authorization-uri needs token-uri and jwk-set-uri too");
            }
            if (!explicit && !StringUtils.hasText(settings.issuerUri())) {
                throw new IllegalStateException("openprovince.oidc: set issuer-uri, or the explicit endpoints");
            }
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!settings.registrationId().equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration;
            if (known == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = build();
                    }
                    known = registration;
                }
            }
            return known;
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return List.of(findByRegistrationId(settings.registrationId())).iterator();
        }

        private ClientRegistration build() {
            ClientRegistration.Builder builder;
            if (StringUtils.hasText(settings.authorizationUri())) {
                builder = ClientRegistration.withRegistrationId(settings.registrationId())
                        .authorizationUri(settings.authorizationUri())
                        .tokenUri(settings.tokenUri())
                        .jwkSetUri(settings.jwkSetUri())
                        .issuerUri(StringUtils.hasText(settings.issuerUri()) ? settings.issuerUri() : null)
                        .userInfoUri(StringUtils.hasText(settings.userInfoUri()) ? settings.userInfoUri() : null);
            } else {
                // Discovery checks that the document's issuer is the one configured.
                builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(settings.registrationId());
                if (StringUtils.hasText(settings.userInfoUri())) {
                    builder.userInfoUri(settings.userInfoUri());
                }
            }
            boolean publicClient = !StringUtils.hasText(settings.clientSecret());
            return builder
                    .clientName(settings.buttonLabel())
                    .clientId(settings.clientId())
                    .clientSecret(publicClient ? null : settings.clientSecret())
                    .clientAuthenticationMethod(publicClient ? ClientAuthenticationMethod.NONE
                            : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT_URI)
                    .scope(settings.scopes())
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        }
    }
}
