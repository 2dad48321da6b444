package vn.openprovince.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** The provider's registration from explicit endpoints (no discovery), and configurations that cannot work. */
class OidcRegistrationTests {

    private static OidcSettings settings(String issuer, String authorization, String token, String jwks, String secret) {
        return new OidcSettings("vneid", "Đăng nhập VNeID", issuer, authorization, token, jwks, "https://id.example/userinfo",
                "portal", secret, List.of("openid", "profile"), List.of("so_dinh_danh"), "name", "birthdate", "RS256");
    }

    @Test
    void explicitEndpointsNeedNoDiscoveryAndKeepTheIssuerForTheIdTokenCheck() {
        var repository = new OidcConfiguration.LazyRegistration(settings("https://id.example", "https://id.example/authorize",
                "https://id.example/token", "https://id.example/jwks", "s3cret"));
        var registration = repository.findByRegistrationId("vneid");
        assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo("https://id.example/authorize");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("https://id.example/token");
        assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo("https://id.example/jwks");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("https://id.example");
        assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo("https://id.example/userinfo");
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(repository.findByRegistrationId("other")).isNull();
    }

    @Test
    void withoutASecretTheClientIsPublic() {
        var registration = new OidcConfiguration.LazyRegistration(settings("https://id.example", "https://id.example/authorize",
                "https://id.example/token", "https://id.example/jwks", "")).findByRegistrationId("vneid");
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
        assertThat(registration.getClientSecret()).isEmpty();
    }

    @Test
    void incompleteConfigurationsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new OidcConfiguration.LazyRegistration(settings(null, null, null, null, "s")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer-uri");
        assertThatThrownBy(() -> new OidcConfiguration.LazyRegistration(settings("https://id.example",
                "https://id.example/authorize", null, null, "s")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("token-uri");
    }
}
