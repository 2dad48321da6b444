package vn.openprovince.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real, small OpenID Connect provider for tests (JDK HTTP server): discovery, JWKS, authorize (signs in the
 * user the test set and redirects with a code), token (checks the client secret, the redirect URI and the PKCE
 * verifier; issues an RS256-signed ID token) and userinfo. Tests can make it lie about the nonce or issuer.
 */
final class LocalOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "openprovince-test";
    static final String CLIENT_SECRET = "test-secret-not-for-production";

    private final HttpServer server;
    private final RSAKey key;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> accessTokens = new ConcurrentHashMap<>();
    final AtomicInteger pkceVerified = new AtomicInteger();
    volatile Map<String, String> lastAuthorizationRequest = Map.of();

    private volatile User next;

    /** Who signs in at the next authorization, what the ID token and userinfo say, and any lie to tell. */
    record User(String subject, Map<String, Object> idTokenClaims, Map<String, Object> userInfoClaims,
                String nonceOverride, String issuerOverride) {

        static User of(String subject, Map<String, Object> idTokenClaims) {
            return new User(subject, idTokenClaims, Map.of(), null, null);
        }

        User withUserInfo(Map<String, Object> claims) {
            return new User(subject, idTokenClaims, claims, nonceOverride, issuerOverride);
        }

        User lyingAboutNonce() {
            return new User(subject, idTokenClaims, userInfoClaims, "not-the-nonce-sent", issuerOverride);
        }

        User lyingAboutIssuer(String issuer) {
            return new User(subject, idTokenClaims, userInfoClaims, nonceOverride, issuer);
        }
    }

    private record Pending(User user, String clientId, String redirectUri, String nonce, String challenge) {
    }

    LocalOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString(false)));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void signInNext(User user) {
        this.next = user;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        var document = new LinkedHashMap<String, Object>();
        document.put("issuer", issuer());
        document.put("authorization_endpoint", issuer() + "/authorize");
        document.put("token_endpoint", issuer() + "/token");
        document.put("jwks_uri", issuer() + "/jwks");
        document.put("userinfo_endpoint", issuer() + "/userinfo");
        document.put("response_types_supported", new String[] {"code"});
        document.put("subject_types_supported", new String[] {"public"});
        document.put("id_token_signing_alg_values_supported", new String[] {"RS256"});
        document.put("scopes_supported", new String[] {"openid", "profile", "email", "phone"});
        document.put("token_endpoint_auth_methods_supported", new String[] {"client_secret_basic"});
        document.put("code_challenge_methods_supported", new String[] {"S256"});
        send(exchange, 200, json.writeValueAsString(document));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        var query = form(exchange.getRequestURI().getRawQuery());
        lastAuthorizationRequest = query;
        User user = next;
        if (user == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method"))) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(user, query.get("client_id"), query.get("redirect_uri"), query.get("nonce"),
                query.get("code_challenge")));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        var body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Pending pending = codes.remove(String.valueOf(body.get("code")));
        if (pending == null || !"authorization_code".equals(body.get("grant_type"))
                || !pending.redirectUri().equals(body.get("redirect_uri"))
                || body.get("code_verifier") == null || !pending.challenge().equals(s256(body.get("code_verifier")))) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        pkceVerified.incrementAndGet();
        User user = pending.user();
        try {
            var now = Instant.now();
            var claims = new JWTClaimsSet.Builder()
                    .issuer(user.issuerOverride() != null ? user.issuerOverride() : issuer())
                    .subject(user.subject())
                    .audience(pending.clientId())
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("nonce", user.nonceOverride() != null ? user.nonceOverride() : pending.nonce());
            user.idTokenClaims().forEach(claims::claim);
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            String accessToken = UUID.randomUUID().toString();
            var userInfo = new LinkedHashMap<String, Object>(user.userInfoClaims());
            userInfo.put("sub", user.subject());
            accessTokens.put(accessToken, userInfo);
            send(exchange, 200, json.writeValueAsString(Map.of("access_token", accessToken, "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid profile email phone", "id_token", jwt.serialize())));
        } catch (Exception e) {
            send(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        var claims = authorization.startsWith("Bearer ") ? accessTokens.get(authorization.substring(7)) : null;
        if (claims == null) {
            send(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        send(exchange, 200, json.writeValueAsString(claims));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        var values = new LinkedHashMap<String, String>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
