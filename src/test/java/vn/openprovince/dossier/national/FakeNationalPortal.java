package vn.openprovince.dossier.national;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the national portal: hands out a session on {@code /token}, records every call to
 * {@code /api}, answers {@code error_code 0}, and fails with HTTP 500 the first dossier push of the codes it is told to.
 */
final class FakeNationalPortal {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    record Call(String path, String authorization, Map<String, Object> body, int answered) {

        String service() {
            return (String) body.get("service");
        }

        @SuppressWarnings("unchecked")
        String code() {
            Object data = body.get("data");
            if (data instanceof List<?> list && !list.isEmpty()) {
                return (String) ((Map<String, Object>) list.getFirst()).get("MaHoSo");
            }
            return data instanceof Map<?, ?> map ? (String) map.get("MaHoSo") : null;
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    /** The sessions handed out so far; a call must carry the latest. */
    final java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
    /** Set to make the portal forget its session, as after a restart: the next call is answered 401. */
    volatile boolean expireSession;
    private final HttpServer server;

    FakeNationalPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            var body = read(exchange);
            boolean ok = "openprovince".equals(body.get("username")) && "bi-mat".equals(body.get("password"));
            calls.add(new Call("/token", null, body, ok ? 200 : 401));
            answer(exchange, ok ? 200 : 401, ok ? "{\"session\":\"tok-" + sessions.incrementAndGet() + "\"}"
                    : "{\"message\":\"sai\"}");
        });
        server.createContext("/api", exchange -> {
            var body = read(exchange);
            var call = new Call("/api", exchange.getRequestHeaders().getFirst("Authorization"), body, 0);
            boolean current = ("Bearer tok-" + sessions.get()).equals(call.authorization())
                    && ("tok-" + sessions.get()).equals(body.get("session"));
            if (expireSession || !current) {
                expireSession = false;
                calls.add(new Call("/api", call.authorization(), body, 401));
                answer(exchange, 401, "{\"message\":\"phiên hết hạn\"}");
                return;
            }
            if ("DongBoHoSoMC".equals(call.service()) && failOnce.remove(call.code())) {
                calls.add(new Call("/api", call.authorization(), body, 500));
                answer(exchange, 500, "{\"error_code\":\"-1\",\"message\":\"lỗi tạm thời\"}");
                return;
            }
            calls.add(new Call("/api", call.authorization(), body, 200));
            if ("TraCuuHoSo".equals(call.service())) {
                answer(exchange, 200, "{\"error_code\":\"0\",\"result\":{\"MaHoSo\":\"" + call.code()
                        + "\",\"TrangThaiHoSo\":\"1\"}}");
            } else {
                answer(exchange, 200, "{\"error_code\":\"0\",\"message\":\"Thành công\"}");
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> of(String code, String service) {
        return calls.stream().filter(c -> "/api".equals(c.path()) && code.equals(c.code())
                && service.equals(c.service())).toList();
    }

    private static Map<String, Object> read(HttpExchange exchange) throws IOException {
        try (var in = exchange.getRequestBody()) {
            return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), MAP);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
