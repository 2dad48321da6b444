package vn.openprovince.exchange.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * Gửi tới nền tảng khác: {@code POST {peer}/api/v1/exchange/packages} with the signed XML and the
 * bearer token of the API client the peer registered for this platform.
 */
@Component
class PeerTransport {

    private final ExchangeSettings settings;
    private final ExchangeDirectory directory;
    private final HttpClient client;

    PeerTransport(ExchangeSettings settings, ExchangeDirectory directory) {
        this.settings = settings;
        this.directory = directory;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param status     the HTTP status; 0 when no answer came (connection refused, timeout)
     * @param body       the answer (JSON), or the transport error
     */
    record Outcome(int status, String body) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** The peer refused the content itself: sending the same bytes again would not help. */
        boolean refused() {
            return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
        }
    }

    Outcome send(String endpoint, byte[] xml) {
        var request = HttpRequest.newBuilder(URI.create(endpoint + "/api/v1/exchange/packages"))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/xml")
                .header("Accept", "application/json, application/problem+json");
        directory.peerToken(endpoint).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            var response = client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }
}
