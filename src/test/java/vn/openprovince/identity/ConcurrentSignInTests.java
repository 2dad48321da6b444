package vn.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One account signing in from several sessions at once: every sign-in succeeds (found by the load benchmark). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSignInTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void simultaneousSignInsToOneAccountAllSucceed() throws Exception {
        var sessions = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 8; i++) {
            sessions.add(this::signInAsLeader);
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> result : pool.invokeAll(sessions, 60, TimeUnit.SECONDS)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(302);
        }
    }

    private int signInAsLeader() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=lanhdao.tinh&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        return response.statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
