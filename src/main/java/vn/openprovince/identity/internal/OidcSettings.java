package vn.openprovince.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Sign-in through an external OpenID Connect provider, e.g. the national identity provider VNeID
 * ({@code openprovince.oidc.*}). Nothing of it is active until a client id is set.
 *
 * @param registrationId   the provider's name in URLs ({@code /oauth2/authorization/<id>}) and in stored links
 * @param buttonLabel      the text of the sign-in button on the portal
 * @param issuerUri        the issuer; alone, its discovery document supplies the endpoints; always checked
 *                         against the ID token's {@code iss}
 * @param authorizationUri explicit endpoints, for a provider without discovery (all three of authorization,
 *                         token and JWKS then needed)
 * @param clientSecret     from the environment ({@code OPENPROVINCE_OIDC_CLIENT_SECRET}); empty for a public client
 * @param citizenIdClaims  the claims that may carry the 12-digit citizen ID, first present wins
 */
@ConfigurationProperties("openprovince.oidc")
public record OidcSettings(
        @DefaultValue("vneid") String registrationId,
        @DefaultValue("Đăng nhập bằng tài khoản định danh điện tử (VNeID)") String buttonLabel,
        String issuerUri,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile", "email", "phone"}) List<String> scopes,
        @DefaultValue({"citizen_id", "so_dinh_danh"}) List<String> citizenIdClaims,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("birthdate") String birthdateClaim,
        @DefaultValue("RS256") String jwsAlgorithm) {

    /** Whether a provider is configured at all: without a client id the portal offers no such sign-in. */
    public boolean configured() {
        return StringUtils.hasText(clientId);
    }
}
