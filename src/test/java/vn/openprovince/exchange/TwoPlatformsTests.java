package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.OpenProvinceApplication;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.document.IncomingDocumentDirected;
import vn.openprovince.document.ProcessingAssigned;
import vn.openprovince.document.ProcessingCompleted;
import vn.openprovince.document.SamplePdfs;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Two platforms for real: two application contexts in this JVM, each on its own port and its own
 * in-memory database with the demo data, talking over HTTP. A province on platform A issues a
 * document to a commune on platform B; B's worker-free receipt stores it once, its clerk registers
 * it, and the 03 travels back. An unreachable peer ends DEAD and an administrator's retry delivers.
 */
class TwoPlatformsTests {

    static final String PASSWORD = "Demo@2026";
    static final String SENDER_CODE = "000.00.00.H97";
    static final String RECIPIENT_CODE = "000.00.01.H98";
    static final String LATE_RECIPIENT_CODE = "000.00.02.H98";
    static final Duration WAIT = Duration.ofSeconds(60);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static String urlA;
    static String urlB;
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoPlatforms() {
        a = platform("exchange-a");
        b = platform("exchange-b");
        urlA = "http://localhost:" + a.getEnvironment().getProperty("local.server.port");
        urlB = "http://localhost:" + b.getEnvironment().getProperty("local.server.port");
        var jdbcA = a.getBean(JdbcTemplate.class);
        var jdbcB = b.getBean(JdbcTemplate.class);
        // Both loaded the same demo organisation: give each side codes the other does not have.
        jdbcA.update("update agency set identifier_code = ? where id = ?", SENDER_CODE, agencyOf(a, "vanthu.tinh"));
        jdbcB.update("update agency set identifier_code = ? where id = ?", RECIPIENT_CODE, agencyOf(b, "vanthu.xa"));
        jdbcB.update("update agency set identifier_code = ? where id = ?", LATE_RECIPIENT_CODE, agencyOf(b, "vanthu.xa2"));

        // Each platform trusts the other's (demo) root and knows the other's agencies and token.
        trust(urlA, jdbcB);
        trust(urlB, jdbcA);
        put(urlA, "/api/v1/exchange/directory/" + RECIPIENT_CODE,
                Map.of("name", "UBND phường Thái Bình (nền tảng B)", "route", "PEER", "endpoint", urlB));
        put(urlB, "/api/v1/exchange/directory/" + SENDER_CODE,
                Map.of("name", "UBND tỉnh (nền tảng A)", "route", "PEER", "endpoint", urlA));
        put(urlA, "/api/v1/exchange/peers", Map.of("endpoint", urlB, "token", apiClientToken(urlB, b, "vanthu.xa")));
        put(urlB, "/api/v1/exchange/peers", Map.of("endpoint", urlA, "token", apiClientToken(urlA, a, "vanthu.tinh")));
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    /**
     * One platform with its own database: in-memory H2, or, when the suite runs on PostgreSQL
     * ({@code -Ptest-postgres}), a fresh PostgreSQL database next to the suite's, so the exchange's SQL
     * runs on both.
     */
    static ConfigurableApplicationContext platform(String database) {
        String suite = System.getProperty("spring.datasource.url", "");
        String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        String user = "sa";
        if (suite.startsWith("jdbc:postgresql:")) {
            user = System.getProperty("spring.datasource.username", "postgres");
            String name = suite.substring(suite.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_"
                    + database.replace('-', '_');
            try (var connection = java.sql.DriverManager.getConnection(suite, user,
                    System.getProperty("spring.datasource.password", ""));
                 var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            url = suite.substring(0, suite.lastIndexOf('/') + 1) + name;
        }
        return new SpringApplicationBuilder(OpenProvinceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=",
                // a small pool: the PostgreSQL server is shared with the suite's other contexts
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--openprovince.demo-data=true",
                "--openprovince.exchange.worker-delay=200ms",
                "--openprovince.exchange.initial-backoff=100ms",
                "--openprovince.exchange.max-backoff=400ms",
                "--openprovince.exchange.max-attempts=3",
                "--spring.jmx.enabled=false");
    }

    @Test
    void aDocumentIssuedOnPlatformAReachesPlatformBOnceAndItsRegistrationComesBack() throws Exception {
        String outgoingId = issue("Về việc phối hợp liên thông văn bản", RECIPIENT_CODE);

        var deliveries = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "01".equals(status(d, RECIPIENT_CODE)));
        assertThat(deliveries.get("recipients")).isEqualTo(1);
        assertThat(deliveries.get("delivered")).isEqualTo(1);

        var queue = list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals");
        assertThat(queue).filteredOn(x -> x.get("subject").equals("Về việc phối hợp liên thông văn bản")).singleElement()
                .satisfies(x -> {
                    assertThat(x.get("senderOrganId")).isEqualTo(SENDER_CODE);
                    assertThat(x.get("recipientOrganId")).isEqualTo(RECIPIENT_CODE);
                    assertThat((String) x.get("signedBy")).isNotBlank();
                });
        String arrivalId = (String) queue.stream().filter(x -> x.get("subject").equals("Về việc phối hợp liên thông văn bản"))
                .findFirst().orElseThrow().get("id");
        assertThat(getBytes(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId + "/file"))
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        // A resent package is acknowledged and not stored twice.
        byte[] sent = a.getBean(JdbcTemplate.class).queryForObject(
                "select payload from exchange_delivery where outgoing_id = ?", byte[].class, UUID.fromString(outgoingId));
        var resend = postXml(urlB, a.getBean(JdbcTemplate.class).queryForObject(
                "select token from exchange_peer where endpoint = ?", String.class, urlB), sent);
        assertThat(resend.statusCode()).isEqualTo(200);
        assertThat(json.readValue(resend.body(), Map.class)).containsEntry("statusCode", "01").containsEntry("duplicate", true);
        assertThat(list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals")).filteredOn(x -> x.get("id").equals(arrivalId))
                .hasSize(1);
        assertThat(b.getBean(JdbcTemplate.class).queryForObject("select count(*) from exchange_arrival where"
                + " edxml_document_id = ?", Integer.class, deliveries.get("edxmlDocumentId"))).isEqualTo(1);

        // Before registering, the queue shows the PAdES check of the signed PDF (A's agency seal, A's root trusted).
        @SuppressWarnings("unchecked")
        var pdfSignature = (Map<String, Object>) list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals").stream()
                .filter(x -> x.get("id").equals(arrivalId)).findFirst().orElseThrow().get("pdfSignature");
        assertThat(pdfSignature.get("status")).isIn("VALID", "INDETERMINATE");
        assertThat((Integer) pdfSignature.get("signatures")).isPositive();
        assertThat((String) pdfSignature.get("signers")).isNotBlank();

        // B's clerk registers it; the 03 reaches A.
        var registered = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId + "/registration", Map.of());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        var incoming = get(urlB, "vanthu.xa", "/api/v1/documents/incoming/"
                + json.readValue(registered.body(), Map.class).get("incomingDocumentId"));
        assertThat(incoming.get("issuerCode")).isEqualTo(SENDER_CODE);
        assertThat(incoming.get("summary")).isEqualTo("Về việc phối hợp liên thông văn bản");
        assertThat(post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId + "/registration", Map.of())
                .statusCode()).isEqualTo(409);

        var after = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "03".equals(status(d, RECIPIENT_CODE)));
        assertThat(history(after, RECIPIENT_CODE)).containsExactly("01", "03");

        // B's document events (as the document module publishes them) become 04, 05 and 06 at A, in order.
        UUID incomingId = UUID.fromString((String) incoming.get("id"));
        var agency = new AgencyId(agencyOf(b, "vanthu.xa"));
        publishOnB(new IncomingDocumentDirected(incomingId, agency, UUID.randomUUID(), UUID.randomUUID(), List.of(),
                List.of(), null, Instant.now()));
        waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "04".equals(status(d, RECIPIENT_CODE)));
        publishOnB(new ProcessingAssigned(incomingId, agency, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null));
        waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "05".equals(status(d, RECIPIENT_CODE)));
        publishOnB(new ProcessingCompleted(incomingId, agency, UUID.randomUUID(), true, null, Instant.now()));
        var done = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "06".equals(status(d, RECIPIENT_CODE)));
        assertThat(history(done, RECIPIENT_CODE)).containsExactly("01", "03", "04", "05", "06");
        assertThat(done.get("done")).isEqualTo(1);

        // A late or repeated status never moves the latest one back.
        publishOnB(new IncomingDocumentDirected(incomingId, agency, UUID.randomUUID(), UUID.randomUUID(), List.of(),
                List.of(), null, Instant.now()));
        assertThat(status(get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                RECIPIENT_CODE)).isEqualTo("06");
    }

    @Test
    void aRecallAcceptedByTheRecipientWithdrawsTheContentAndTheSenderSees13Then15() throws Exception {
        String outgoingId = issue("Về việc lấy lại văn bản đã gửi", RECIPIENT_CODE);
        waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "01".equals(status(d, RECIPIENT_CODE)));
        String arrivalId = (String) list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals").stream()
                .filter(x -> x.get("subject").equals("Về việc lấy lại văn bản đã gửi")).findFirst().orElseThrow()
                .get("id");

        var recalled = post(urlA, "vanthu.tinh", "/api/v1/documents/outgoing/" + outgoingId + "/recall",
                Map.of("reason", "Sai nơi nhận"));
        assertThat(recalled.statusCode()).as(recalled.body()).isEqualTo(200);
        var asked = waitFor(() -> get(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId),
                x -> "REQUESTED".equals(x.get("recallState")));
        assertThat(asked.get("recallReason")).isEqualTo("Sai nơi nhận");

        var answered = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId + "/recall", Map.of("accept", true));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        assertThat(get(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrivalId).get("state")).isEqualTo("RECALLED");
        var file = http.send(HttpRequest.newBuilder(URI.create(urlB + "/api/v1/exchange/arrivals/" + arrivalId + "/file"))
                .header("Authorization", basic("vanthu.xa")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(410);

        var after = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                d -> "15".equals(status(d, RECIPIENT_CODE)));
        assertThat(history(after, RECIPIENT_CODE)).containsExactly("01", "13", "15");
    }

    /**
     * Thay thế then cập nhật (BussinessDocType 3 and 2): A replaces a document B registered; B's clerk
     * accepts, so the registered copy loses its content and A sees 15 for the replaced document. A then
     * asks B to update the replacement: accepted before registration (15), and after registration an
     * update can only be refused (16).
     */
    @Test
    void aReplacementAcceptedWithdrawsTheReplacedCopyAndUpdatesAreAcceptedOrRefused() throws Exception {
        String original = issue("Về việc tổ chức hội nghị (bản có sai sót)", RECIPIENT_CODE);
        var sent = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + original + "/deliveries"),
                d -> "01".equals(status(d, RECIPIENT_CODE)));
        String originalArrival = arrivalWithSubject("Về việc tổ chức hội nghị (bản có sai sót)");
        var registered = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + originalArrival + "/registration", Map.of());
        expectOk(registered);
        String incomingId = (String) json.readValue(registered.body(), Map.class).get("incomingDocumentId");

        String replacement = issue("Về việc tổ chức hội nghị (thay thế)", RECIPIENT_CODE, original);
        var asked = waitFor(() -> arrivalOnB("Về việc tổ chức hội nghị (thay thế)"),
                x -> "REQUESTED".equals(x.get("changeState")));
        assertThat(asked.get("changeKind")).isEqualTo("REPLACE");
        assertThat(asked.get("replacesDocumentId")).isEqualTo(sent.get("edxmlDocumentId"));
        String replacementArrival = (String) asked.get("id");
        // both the new-document package and the replacement reached B: one arrival
        assertThat(list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals?size=100").stream()
                .filter(x -> x.get("subject").equals("Về việc tổ chức hội nghị (thay thế)"))).hasSize(1);

        var accepted = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/change",
                Map.of("accept", true));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(get(urlB, "vanthu.xa", "/api/v1/documents/incoming/" + incomingId).get("recalledAt")).isNotNull();
        waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + original + "/deliveries"),
                d -> "15".equals(status(d, RECIPIENT_CODE)));
        var again = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/change",
                Map.of("accept", false));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("EXC_NO_CHANGE_REQUESTED");

        // cập nhật before registration: accepted
        var update = post(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + replacement + "/update",
                Map.of("reason", "Bổ sung thời gian hội nghị"));
        expectOk(update);
        assertThat(update.body()).contains("\"platforms\":1");
        waitFor(() -> get(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival),
                x -> "REQUESTED".equals(x.get("changeState")) && "UPDATE".equals(x.get("changeKind")));
        assertThat(post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/change",
                Map.of("accept", true)).statusCode()).isEqualTo(204);
        waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + replacement + "/deliveries"),
                d -> "15".equals(status(d, RECIPIENT_CODE)) || history(d, RECIPIENT_CODE).contains("15"));

        // after registration an update cannot be taken in place: refused, 16
        expectOk(post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/registration", Map.of()));
        expectOk(post(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + replacement + "/update",
                Map.of("reason", "Đổi địa điểm hội nghị")));
        waitFor(() -> get(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival),
                x -> "REQUESTED".equals(x.get("changeState")));
        var late = post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/change",
                Map.of("accept", true));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("EXC_UPDATE_AFTER_REGISTRATION");
        assertThat(post(urlB, "vanthu.xa", "/api/v1/exchange/arrivals/" + replacementArrival + "/change",
                Map.of("accept", false, "note", "Đã vào sổ, đề nghị ban hành văn bản thay thế")).statusCode())
                .isEqualTo(204);
        var refused = waitFor(() -> get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + replacement + "/deliveries"),
                d -> history(d, RECIPIENT_CODE).contains("16"));
        assertThat(history(refused, RECIPIENT_CODE)).contains("01", "03", "15", "16");
    }

    static String arrivalWithSubject(String subject) throws Exception {
        return (String) waitFor(() -> arrivalOnB(subject), x -> x.containsKey("id")).get("id");
    }

    static Map<String, Object> arrivalOnB(String subject) throws Exception {
        for (String state : List.of("TO_REGISTER", "REGISTERED")) {
            var found = list(urlB, "vanthu.xa", "/api/v1/exchange/arrivals?size=100&state=" + state).stream()
                    .filter(x -> subject.equals(x.get("subject"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Map.of();
    }

    static void publishOnB(Object event) {
        b.getBean(TransactionTemplate.class).executeWithoutResult(s -> b.publishEvent(event));
    }

    @Test
    void aDeliveryToAnUnreachablePeerEndsDeadAndAnAdministratorsRetryDeliversIt() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String gateway = "http://127.0.0.1:" + port;
        put(urlA, "/api/v1/exchange/directory/" + LATE_RECIPIENT_CODE,
                Map.of("name", "UBND phường Tân Hòa (nền tảng B, qua cổng)", "route", "PEER", "endpoint", gateway));
        put(urlA, "/api/v1/exchange/peers", Map.of("endpoint", gateway, "token", apiClientToken(urlB, b, "vanthu.xa2")));
        String outgoingId = issue("Về việc gửi khi nền tảng nhận chưa sẵn sàng", LATE_RECIPIENT_CODE);

        var dead = waitFor(() -> deliveryOf(outgoingId), d -> "DEAD".equals(d.get("state")));
        assertThat(dead.get("attempts")).isEqualTo(3);
        assertThat((String) dead.get("lastError")).isNotBlank();

        // The peer comes up (here: a gateway in front of platform B) and the administrator retries.
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                var forwarded = http.send(HttpRequest.newBuilder(URI.create(urlB + exchange.getRequestURI()))
                        .header("Content-Type", "application/xml")
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.sendResponseHeaders(forwarded.statusCode(), forwarded.body().length);
                exchange.getResponseBody().write(forwarded.body());
            } catch (InterruptedException e) {
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        try {
            var retried = post(urlA, "admin", "/api/v1/exchange/deliveries/" + dead.get("id") + "/retry", Map.of());
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
            waitFor(() -> deliveryOf(outgoingId), d -> "DELIVERED".equals(d.get("state")));
            assertThat(list(urlB, "vanthu.xa2", "/api/v1/exchange/arrivals"))
                    .anySatisfy(x -> assertThat(x.get("subject")).isEqualTo("Về việc gửi khi nền tảng nhận chưa sẵn sàng"));
            assertThat(status(get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries"),
                    LATE_RECIPIENT_CODE)).isEqualTo("01");
        } finally {
            server.stop(0);
        }
    }

    // --- platform A's outgoing flow ---

    static String issue(String summary, String recipientCode) throws Exception {
        return issue(summary, recipientCode, null);
    }

    /** Issues on A to one recipient on B; {@code replaces} names an issued document it replaces. */
    static String issue(String summary, String recipientCode, String replaces) throws Exception {
        UUID committee = agencyOf(a, "vanthu.tinh");
        Map<String, Object> metadata = new java.util.HashMap<>(Map.of("agencyId", committee.toString(), "type",
                "CONG_VAN", "summary", summary, "signerName", "Bùi Văn Khánh", "signerPosition", "Chủ tịch"));
        if (replaces != null) {
            metadata.put("replaces", replaces);
        }
        String draftId = (String) draft(metadata, SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "CÔNG VĂN", summary))
                .get("id");
        UUID leader = official(a, "lanhdao.tinh");
        expectOk(post(urlA, "chuyenvien.tinh", "/api/v1/documents/outgoing/" + draftId + "/submit",
                Map.of("reviewerIds", List.of(leader.toString()))));
        expectOk(post(urlA, "lanhdao.tinh", "/api/v1/documents/outgoing/" + draftId + "/approve", Map.of()));
        expectOk(post(urlA, "lanhdao.tinh", "/api/v1/documents/outgoing/" + draftId + "/sign", Map.of()));
        expectOk(post(urlA, "vanthu.tinh", "/api/v1/documents/outgoing/" + draftId + "/issue",
                Map.of("recipients", List.of(Map.of("name", "Nơi nhận ở nền tảng B", "identifierCode", recipientCode)),
                        "paperCopy", false)));
        return draftId;
    }

    static Map<String, Object> draft(Map<String, Object> metadata, byte[] pdf) throws Exception {
        String boundary = "----op" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(json.writeValueAsBytes(metadata));
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cong-van.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(urlA + "/api/v1/documents/outgoing"))
                .header("Authorization", basic("chuyenvien.tinh"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return json.readValue(response.body(), Map.class);
    }

    static Map<String, Object> deliveryOf(String outgoingId) {
        try {
            var deliveries = get(urlA, "vanthu.tinh", "/api/v1/exchange/outgoing/" + outgoingId + "/deliveries");
            @SuppressWarnings("unchecked")
            var rows = (List<Map<String, Object>>) deliveries.get("deliveries");
            return rows.isEmpty() ? Map.of() : rows.getFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static String status(Map<String, Object> deliveries, String code) {
        return ((List<Map<String, Object>>) deliveries.get("perRecipient")).stream()
                .filter(r -> code.equals(r.get("agencyCode"))).findFirst().map(r -> (String) r.get("status")).orElse(null);
    }

    @SuppressWarnings("unchecked")
    static List<String> history(Map<String, Object> deliveries, String code) {
        return ((List<Map<String, Object>>) deliveries.get("perRecipient")).stream()
                .filter(r -> code.equals(r.get("agencyCode"))).findFirst().map(r ->
                        ((List<Map<String, Object>>) r.get("history")).stream().map(h -> (String) h.get("statusCode"))
                                .toList()).orElse(List.of());
    }

    // --- set-up helpers ---

    static UUID agencyOf(ConfigurableApplicationContext platform, String username) {
        return platform.getBean(OrganizationDirectory.class).officialByEmail(username + "@demo.openprovince.vn")
                .orElseThrow().agencyId().value();
    }

    static UUID official(ConfigurableApplicationContext platform, String username) {
        return platform.getBean(OrganizationDirectory.class).officialByEmail(username + "@demo.openprovince.vn")
                .orElseThrow().id();
    }

    /** Uploads the other platform's trusted roots to this one, as its administrator would. */
    static void trust(String url, JdbcTemplate otherPlatform) {
        for (byte[] certificate : otherPlatform.queryForList("select certificate from trusted_certificate", byte[].class)) {
            String boundary = "----op" + UUID.randomUUID();
            var body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"root.cer\"\r\n"
                    + "Content-Type: application/pkix-cert\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(certificate);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/signatures/trusted-certificates"))
                        .header("Authorization", basic("admin"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Registers, on {@code url}, an API client for the peer and returns its token. */
    static String apiClientToken(String url, ConfigurableApplicationContext platform, String agencyOfUser) {
        try {
            var response = post(url, "admin", "/api/v1/api-clients", Map.of("name", "peer " + UUID.randomUUID(),
                    "role", "CLERK", "agencyId", agencyOf(platform, agencyOfUser).toString()));
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            return (String) json.readValue(response.body(), Map.class).get("token");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTTP helpers ---

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String url, String user, String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void put(String url, String path, Object body) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic("admin"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> postXml(String url, String token, byte[] xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/exchange/packages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> get(String url, String user, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic(user))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String url, String user, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic(user))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        // A page of the list: {content: [...], page: {...}}.
        return (List<Map<String, Object>>) json.readValue(response.body(), Map.class).get("content");
    }

    static byte[] getBytes(String url, String user, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic(user))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static void expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Polls until the condition holds, for at most a bounded wait; never asserts how long it took. */
    static Map<String, Object> waitFor(ThrowingSupplier<Map<String, Object>> read,
                                       java.util.function.Predicate<Map<String, Object>> done) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        Map<String, Object> last = null;
        while (Instant.now().isBefore(until)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not reached within " + WAIT + "; last: " + last);
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
