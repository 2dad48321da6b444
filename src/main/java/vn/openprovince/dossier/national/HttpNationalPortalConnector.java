package vn.openprovince.dossier.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national portal over JSON/HTTPS, after the reference implementation (OCPS {@code DVCQGIntegrationActionImpl}):
 * a session token from {@code tokenPath} with the credentials, then every call posted to {@code servicePath} as
 * {@code {session, madonvi, service, isUpdating?, data: [...]}} with the token also as a bearer header. A call
 * answered 401 gets one new token and one more try. Success is HTTP 2xx with {@code error_code} 0 (or absent).
 */
class HttpNationalPortalConnector implements NationalPortalConnector {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final NationalPortalSettings settings;
    private final HttpClient http;
    private volatile String token;

    HttpNationalPortalConnector(NationalPortalSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String authenticate() {
        var body = new LinkedHashMap<String, Object>();
        body.put("username", settings.username());
        body.put("password", settings.password());
        body.put("madonvi", settings.unitCode());
        HttpResponse<String> response;
        try {
            response = post(settings.tokenPath(), JSON.writeValueAsString(body), null);
        } catch (IOException e) {
            throw new NationalPortalException("Không kết nối được Cổng DVCQG: " + e.getMessage(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new NationalPortalException("Cổng DVCQG từ chối đăng nhập: HTTP " + response.statusCode());
        }
        Map<String, Object> answer = parse(response.body());
        Object session = answer.getOrDefault("session", answer.getOrDefault("access_token", answer.get("token")));
        if (session == null || session.toString().isBlank()) {
            throw new NationalPortalException("Cổng DVCQG không trả về phiên làm việc (session)");
        }
        token = session.toString();
        return token;
    }

    @Override
    public Outcome pushDossier(Map<String, Object> dossier, boolean isUpdating) {
        return call("DongBoHoSoMC", isUpdating, List.of(dossier));
    }

    @Override
    public Outcome pushProgress(Map<String, Object> progress) {
        return call("CapNhatTienDoHoSoMC", null, List.of(progress));
    }

    @Override
    public Optional<Map<String, Object>> lookUp(String dossierCode) {
        var outcome = call("TraCuuHoSo", null, Map.of("MaHoSo", dossierCode));
        if (!outcome.accepted()) {
            throw new NationalPortalException("Tra cứu hồ sơ trên Cổng DVCQG không thành công: " + outcome.message());
        }
        Map<String, Object> answer = parse(outcome.message());
        Object result = answer.getOrDefault("result", answer.get("data"));
        if (result instanceof List<?> list) {
            result = list.isEmpty() ? null : list.getFirst();
        }
        if (result instanceof Map<?, ?> found) {
            var copy = new LinkedHashMap<String, Object>();
            found.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return Optional.of(copy);
        }
        return Optional.empty();
    }

    /** One service call; transport errors become an outcome (status 0), so the worker retries them. */
    private Outcome call(String service, Boolean isUpdating, Object data) {
        try {
            if (token == null) {
                authenticate();
            }
            HttpResponse<String> response = post(settings.servicePath(), body(service, isUpdating, data), token);
            if (response.statusCode() == 401) {
                authenticate();
                response = post(settings.servicePath(), body(service, isUpdating, data), token);
            }
            boolean ok = response.statusCode() / 100 == 2 && errorCodeIsZero(response.body());
            String message = ok && "TraCuuHoSo".equals(service) ? response.body() : summary(response);
            return new Outcome(ok, response.statusCode(), message);
        } catch (IOException | NationalPortalException e) {
            return new Outcome(false, 0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private String body(String service, Boolean isUpdating, Object data) {
        var body = new LinkedHashMap<String, Object>();
        body.put("session", token);
        body.put("madonvi", settings.unitCode());
        body.put("service", service);
        if (isUpdating != null) {
            // The reference implementation sends it as the text "True"/"False".
            body.put("isUpdating", isUpdating ? "True" : "False");
        }
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    private HttpResponse<String> post(String path, String json, String bearer) throws IOException {
        String base = settings.endpoint().endsWith("/") ? settings.endpoint().substring(0, settings.endpoint().length() - 1)
                : settings.endpoint();
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static boolean errorCodeIsZero(String body) {
        if (body == null || body.isBlank()) {
            return true;
        }
        Object code = parse(body).get("error_code");
        return code == null || "0".equals(code.toString());
    }

    private static String summary(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        Object message = body.isBlank() ? null : parse(body).getOrDefault("message", null);
        String text = "HTTP " + response.statusCode() + (message == null ? "" : " " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static Map<String, Object> parse(String body) {
        try {
            Map<String, Object> map = JSON.readValue(body, MAP);
            return map == null ? Map.of() : map;
        } catch (JacksonException notJson) {
            return Map.of();
        }
    }
}
