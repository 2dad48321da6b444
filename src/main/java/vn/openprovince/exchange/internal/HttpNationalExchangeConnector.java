package vn.openprovince.exchange.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.NationalExchangeConnector;

/**
 * Kết nối Trục liên thông quốc gia over HTTPS: the SDK's operations (DOMAIN §2.4) as a small REST
 * mapping, for an LGSP gateway or an adapter in front of the VPCP SDK. Every request carries the
 * {@code ClientConf}: {@code systemId} (this platform's agency code) and {@code secret} headers.
 *
 * <table>
 * <tr><th>Operation</th><th>Request</th><th>Answer</th></tr>
 * <tr><td>GetAgencyList</td><td>GET /agencies</td><td>{@code [{code, name, parentCode}]}</td></tr>
 * <tr><td>GetListUnit</td><td>GET /units</td><td>the same</td></tr>
 * <tr><td>SendEdoc</td><td>POST /edocs (edXML; header {@code messagetype: edoc|status})</td><td>{@code {docId}}</td></tr>
 * <tr><td>GetReceivedEdocList</td><td>GET /edocs/received?type=edoc|status</td><td>{@code [{docId}]}</td></tr>
 * <tr><td>GetEdoc</td><td>GET /edocs/{docId}</td><td>the edXML</td></tr>
 * <tr><td>UpdateStatus</td><td>POST /edocs/{docId}/status {@code {"status":"done"}}</td><td>2xx</td></tr>
 * </table>
 *
 * <p>The live service's wire format could not be verified here (DOMAIN §2.4 marks the SDK [S]); the
 * mapping is ours and the tests hold it to a local server. Failures are {@link ExchangeException}
 * {@code EXC_NATIONAL_UNAVAILABLE} with the HTTP status, so the outbox retries them.
 */
class HttpNationalExchangeConnector implements NationalExchangeConnector {

    private final Configuration configuration;
    private final HttpClient client;
    private final Duration timeout;
    private final JsonMapper json = JsonMapper.builder().build();

    HttpNationalExchangeConnector(Configuration configuration, Duration connectTimeout, Duration requestTimeout) {
        if (!configuration.configured()) {
            throw new IllegalArgumentException("the national exchange connector is not configured");
        }
        this.configuration = configuration;
        this.timeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Configuration configuration() {
        return configuration;
    }

    @Override
    public List<Agency> agencies() {
        return agencyList("/agencies");
    }

    @Override
    public List<Agency> connectedUnits() {
        return agencyList("/units");
    }

    @Override
    public String send(byte[] edxml) {
        boolean status = new String(edxml, 0, Math.min(edxml.length, 400), StandardCharsets.UTF_8).contains("Status");
        var response = call(request("/edocs").header("Content-Type", "application/xml")
                .header("messagetype", status ? "status" : "edoc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(edxml)));
        String docId = readJson(response).path("docId").asString("");
        if (docId.isBlank()) {
            throw ExchangeException.onField("national", ExchangeError.EXC_NATIONAL_UNAVAILABLE, "no docId");
        }
        return docId;
    }

    @Override
    public List<String> received(Kind kind) {
        var response = call(request("/edocs/received?type=" + (kind == Kind.STATUS_DOCUMENT ? "status" : "edoc")).GET());
        var ids = new ArrayList<String>();
        for (JsonNode node : readJson(response)) {
            String id = node.path("docId").asString("");
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Override
    public byte[] fetch(String docId) {
        return call(request("/edocs/" + URLEncoder.encode(docId, StandardCharsets.UTF_8)).GET()).body();
    }

    @Override
    public void markDone(String docId) {
        call(request("/edocs/" + URLEncoder.encode(docId, StandardCharsets.UTF_8) + "/status")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("status", "done")))));
    }

    private List<Agency> agencyList(String path) {
        var agencies = new ArrayList<Agency>();
        for (JsonNode node : readJson(call(request(path).GET()))) {
            String code = node.path("code").asString("");
            if (!code.isBlank()) {
                String parent = node.path("parentCode").asString("");
                agencies.add(new Agency(code.strip(), node.path("name").asString("").strip(),
                        parent.isBlank() ? null : parent.strip()));
            }
        }
        return agencies;
    }

    private HttpRequest.Builder request(String path) {
        String base = configuration.endpoint().endsWith("/") ? configuration.endpoint()
                .substring(0, configuration.endpoint().length() - 1) : configuration.endpoint();
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("systemId", configuration.systemId())
                .header("secret", configuration.secretKey())
                .header("servicetype", "eDoc")
                .header("Accept", "application/json, application/xml");
    }

    private HttpResponse<byte[]> call(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                throw ExchangeException.onField("national", ExchangeError.EXC_NATIONAL_UNAVAILABLE,
                        "HTTP " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw ExchangeException.onField("national", ExchangeError.EXC_NATIONAL_UNAVAILABLE,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExchangeException.onField("national", ExchangeError.EXC_NATIONAL_UNAVAILABLE, "interrupted");
        }
    }

    private JsonNode readJson(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (RuntimeException e) {
            throw ExchangeException.onField("national", ExchangeError.EXC_NATIONAL_UNAVAILABLE, "not JSON");
        }
    }
}
