package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.document.SamplePdfs;

/**
 * The crash test of issue 5: two platforms as two separate operating-system processes (this project's
 * application started with {@link ProcessBuilder}, each on its own port and PostgreSQL database), 200
 * documents issued from A to a commune on B, and each process killed with {@code kill -9}
 * ({@link Process#destroyForcibly()}) while packages or statuses are in flight, then restarted:
 * <ol>
 *     <li>B while it receives packages (A is still issuing and sending); it stays down while A's outbox
 *     fills, and is killed again as soon as it has started taking that backlog;</li>
 *     <li>A while it issues and sends (its clerk's issue calls, the after-commit listeners that seal
 *     packages and the outbox worker are all running);</li>
 *     <li>B while its clerk registers arrivals (03s leave B's outbox);</li>
 *     <li>A while the 03s come back; it stays down while B's outbox fills with 03s, and is killed again
 *     as soon as it has started taking them.</li>
 * </ol>
 * When both are quiet it counts in the databases: every document arrived once at B and was registered
 * once, and A holds for every document exactly the statuses 01 then 03.
 *
 * <p>Long (minutes), so tagged {@code crash} and left out of the default run:
 * {@code ./mvnw test -Pcrash-test -Dtest=ExchangeCrashTests}. Options (system properties):
 * {@code crash.documents} (200), {@code crash.datasource.url} (the PostgreSQL server,
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code crash.database.a|b} (dropped and created again).
 */
@Tag("crash")
class ExchangeCrashTests {

    static final String PASSWORD = "Demo@2026";
    static final String SENDER_CODE = "000.00.00.H97";
    static final String RECIPIENT_CODE = "000.00.01.H98";
    static final String SUBJECT = "Về việc thử sự cố liên thông, văn bản ";
    static final Duration QUIESCENCE = Duration.ofMinutes(15);

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper json = JsonMapper.builder().build();

    final int documents = Integer.getInteger("crash.documents", 200);
    final String server = System.getProperty("crash.datasource.url", "jdbc:postgresql://127.0.0.1:5432/");
    final String user = System.getProperty("crash.datasource.username", "postgres");
    final Path logs = Path.of("target", "crash");
    final List<String> kills = new CopyOnWriteArrayList<>();

    static final List<Platform> started = new CopyOnWriteArrayList<>();

    @AfterAll
    static void stopProcesses() {
        for (Platform platform : started) {
            platform.kill();
        }
    }

    @Test
    void killingEitherPlatformMidFlightLosesAndDoublesNothing() throws Exception {
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve("a.log"));
        Files.deleteIfExists(logs.resolve("b.log"));
        Platform a = new Platform("a", System.getProperty("crash.database.a", "openprovince_crash_a"));
        Platform b = new Platform("b", System.getProperty("crash.database.b", "openprovince_crash_b"));
        a.start();
        b.start();
        a.awaitUp();
        b.awaitUp();
        connect(a, b);

        // The documents, signed and ready to issue (not in flight yet: nothing is killed here).
        UUID province = agencyOf(a, "vanthu.tinh");
        UUID leader = officialId(a, "lanhdao.tinh");
        UUID commune = agencyOf(b, "vanthu.xa");
        List<String> drafts = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            drafts.add(signedDraft(a, province, leader, SUBJECT + i));
        }

        // Issue them all; kill B once it has taken some, kill A in the middle of issuing and sending.
        Instant start = Instant.now();
        AtomicInteger issued = new AtomicInteger();
        Thread issuer = Thread.ofPlatform().daemon(true).name("crash-issuer").start(() -> {
            for (String draft : drafts) {
                retrying(a, () -> issue(a, draft));
                issued.incrementAndGet();
            }
        });
        awaitCondition("B stored some packages", () -> count(b, "select count(*) from exchange_arrival") >= documents / 5);
        b.crash("B while receiving packages (" + count(b, "select count(*) from exchange_arrival")
                + " stored, " + issued.get() + " issued, " + inFlight(a) + " in flight at A)");
        // B stays down while A goes on issuing, so a backlog piles up in A's outbox; B is killed again
        // as soon as it has started taking that backlog (several packages sent at once).
        awaitCondition("half issued", () -> issued.get() >= documents / 2);
        int storedBeforeBacklog = count(b, "select count(*) from exchange_arrival");
        b.restart();
        awaitCondition("B taking the backlog", () -> count(b, "select count(*) from exchange_arrival") > storedBeforeBacklog);
        b.crash("B while taking the backlog (" + count(b, "select count(*) from exchange_arrival") + " stored, "
                + inFlight(a) + " in flight at A)");
        b.restart();
        awaitCondition("three quarters issued", () -> issued.get() >= documents * 3 / 4);
        a.killAndRestart("A while issuing and sending (" + issued.get() + " issued, "
                + count(a, "select count(*) from exchange_delivery where kind = 'PACKAGE' and state = 'DELIVERED'")
                + " delivered, " + inFlight(a) + " in flight)");
        issuer.join();

        // B's clerk registers every arrival as it comes; B is killed while its 03s leave, A while they arrive.
        AtomicInteger registered = new AtomicInteger();
        Thread registrar = Thread.ofPlatform().daemon(true).name("crash-registrar").start(() -> {
            while (registered.get() < documents) {
                List<String> waiting = strings(b, "select cast(id as varchar) from exchange_arrival"
                        + " where state = 'TO_REGISTER' order by received_at");
                for (String arrival : waiting) {
                    retrying(b, () -> register(b, arrival));
                    registered.incrementAndGet();
                }
                if (waiting.isEmpty()) {
                    sleep(500);
                }
            }
        });
        awaitCondition("a quarter registered", () -> registered.get() >= documents / 4);
        b.killAndRestart("B while registering and sending 03 (" + registered.get() + " registered, "
                + inFlight(b) + " in flight)");
        awaitCondition("03s arriving at A", () -> count(a, "select count(*) from exchange_status_event"
                + " where status_code = '03'") >= documents / 3 || registered.get() >= documents);
        a.crash("A while receiving 03 (" + count(a, "select count(*) from exchange_status_event"
                + " where status_code = '03'") + " recorded, " + inFlight(b) + " in flight at B)");
        // A stays down while B's clerk goes on registering, so 03s pile up in B's outbox; A is killed
        // again as soon as it has started taking them.
        awaitCondition("three quarters registered", () -> registered.get() >= documents * 3 / 4);
        int statusesBeforeBacklog = count(a, "select count(*) from exchange_status_event where status_code = '03'");
        a.restart();
        awaitCondition("A taking the backlog", () -> count(a, "select count(*) from exchange_status_event"
                + " where status_code = '03'") > statusesBeforeBacklog);
        a.crash("A while taking the backlog of 03 (" + count(a, "select count(*) from exchange_status_event"
                + " where status_code = '03'") + " recorded, " + inFlight(b) + " in flight at B)");
        a.restart();
        registrar.join(QUIESCENCE.toMillis());
        assertThat(registrar.isAlive()).as("the clerk registered every arrival").isFalse();

        // Quiescence: both outboxes empty of work and A holding 01 and 03 for every document.
        awaitCondition("both platforms quiet", () ->
                count(a, "select count(*) from exchange_status_event where status_code = '03'") >= documents
                        && count(a, "select count(*) from exchange_delivery where state <> 'DELIVERED'") == 0
                        && count(b, "select count(*) from exchange_delivery where state <> 'DELIVERED'") == 0);
        Duration toQuiescence = Duration.between(start, Instant.now());

        // Every document arrived once at B and was registered once there.
        int arrivals = count(b, "select count(*) from exchange_arrival where recipient_organ_id = '" + RECIPIENT_CODE + "'");
        int distinctArrivals = count(b, "select count(distinct edxml_document_id) from exchange_arrival");
        int registeredArrivals = count(b, "select count(*) from exchange_arrival where state = 'REGISTERED'"
                + " and incoming_document_id is not null");
        int incoming = count(b, "select count(*) from incoming_document where agency_id = '" + commune
                + "' and summary like '" + SUBJECT + "%'");
        int distinctIncoming = count(b, "select count(distinct summary) from incoming_document where agency_id = '"
                + commune + "' and summary like '" + SUBJECT + "%'");
        // A sent one package per document and B answered each.
        int packages = count(a, "select count(*) from exchange_delivery where kind = 'PACKAGE'");

        // A holds, per document, exactly 01 then 03 from the recipient (API and database agree).
        List<String> wrongHistories = new ArrayList<>();
        for (String draft : drafts) {
            List<String> history = retrying(a, () -> history(a, draft));
            if (!history.equals(List.of("01", "03"))) {
                wrongHistories.add(draft + " " + history);
            }
        }
        int events = count(a, "select count(*) from exchange_status_event");
        int lost = documents - distinctIncoming;
        int doubled = (arrivals - distinctArrivals) + (incoming - distinctIncoming);

        String report = """
                documents: %d, kills: %d (%s)
                time from the first issue to quiescence: %d s
                arrivals at B: %d (distinct %d), registered: %d, incoming documents: %d (distinct %d)
                packages in A's outbox: %d, status events at A: %d, histories not exactly [01, 03]: %d
                lost: %d, doubled: %d
                """.formatted(documents, kills.size(), String.join("; ", kills), toQuiescence.toSeconds(), arrivals,
                distinctArrivals, registeredArrivals, incoming, distinctIncoming, packages, events,
                wrongHistories.size(), lost, doubled);
        Files.writeString(logs.resolve("result.txt"), report);
        System.out.println(report);

        assertThat(kills).hasSize(6);
        assertThat(arrivals).as(report).isEqualTo(documents);
        assertThat(distinctArrivals).as(report).isEqualTo(documents);
        assertThat(registeredArrivals).as(report).isEqualTo(documents);
        assertThat(incoming).as(report).isEqualTo(documents);
        assertThat(distinctIncoming).as(report).isEqualTo(documents);
        assertThat(packages).as(report).isEqualTo(documents);
        assertThat(wrongHistories).as(report).isEmpty();
        assertThat(events).as(report).isEqualTo(2 * documents);
    }

    /** Work a platform has not finished: outbox rows not delivered and event publications not completed. */
    int inFlight(Platform platform) throws SQLException {
        return count(platform, "select count(*) from exchange_delivery where state <> 'DELIVERED'")
                + count(platform, "select count(*) from event_publication where completion_date is null");
    }

    // --- the platforms' set-up, as docs/exchange.md describes it ---

    void connect(Platform a, Platform b) throws Exception {
        // Both loaded the same demo organisation: give each side codes the other does not have.
        update(a, "update agency set identifier_code = '" + SENDER_CODE + "' where id = '" + agencyOf(a, "vanthu.tinh") + "'");
        update(b, "update agency set identifier_code = '" + RECIPIENT_CODE + "' where id = '" + agencyOf(b, "vanthu.xa") + "'");
        trust(a.url, b);
        trust(b.url, a);
        put(a.url, "/api/v1/exchange/directory/" + RECIPIENT_CODE,
                Map.of("name", "UBND phường (nền tảng B)", "route", "PEER", "endpoint", b.url));
        put(b.url, "/api/v1/exchange/directory/" + SENDER_CODE,
                Map.of("name", "UBND tỉnh (nền tảng A)", "route", "PEER", "endpoint", a.url));
        put(a.url, "/api/v1/exchange/peers", Map.of("endpoint", b.url, "token", apiClientToken(b, agencyOf(b, "vanthu.xa"))));
        put(b.url, "/api/v1/exchange/peers", Map.of("endpoint", a.url, "token", apiClientToken(a, agencyOf(a, "vanthu.tinh"))));
    }

    void trust(String url, Platform other) throws Exception {
        for (byte[] certificate : bytes(other, "select certificate from trusted_certificate")) {
            String boundary = "----op" + UUID.randomUUID();
            var body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"root.cer\"\r\n"
                    + "Content-Type: application/pkix-cert\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(certificate);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/signatures/trusted-certificates"))
                    .header("Authorization", basic("admin"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
        }
    }

    String apiClientToken(Platform platform, UUID agency) throws Exception {
        var response = post(platform.url, "admin", "/api/v1/api-clients",
                Map.of("name", "peer " + UUID.randomUUID(), "role", "CLERK", "agencyId", agency.toString()));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return (String) json.readValue(response.body(), Map.class).get("token");
    }

    // --- the clerks' work over the API ---

    String signedDraft(Platform a, UUID agency, UUID leader, String summary) throws Exception {
        Map<String, Object> metadata = Map.of("agencyId", agency.toString(), "type", "CONG_VAN", "summary", summary,
                "signerName", "Bùi Văn Khánh", "signerPosition", "Chủ tịch");
        String boundary = "----op" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(json.writeValueAsBytes(metadata));
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cong-van.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "CÔNG VĂN", summary));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var created = http.send(HttpRequest.newBuilder(URI.create(a.url + "/api/v1/documents/outgoing"))
                .header("Authorization", basic("chuyenvien.tinh"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        String id = (String) json.readValue(created.body(), Map.class).get("id");
        expectOk(post(a.url, "chuyenvien.tinh", "/api/v1/documents/outgoing/" + id + "/submit",
                Map.of("reviewerIds", List.of(leader.toString()))));
        expectOk(post(a.url, "lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/approve", Map.of()));
        expectOk(post(a.url, "lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/sign", Map.of()));
        return id;
    }

    /** Issues one draft; after a crash the call is repeated, and a document already issued counts as done. */
    Void issue(Platform a, String draft) throws Exception {
        if (count(a, "select count(*) from outgoing_document where id = '" + draft + "' and issued_at is not null") > 0) {
            return null;
        }
        expectOk(post(a.url, "vanthu.tinh", "/api/v1/documents/outgoing/" + draft + "/issue",
                Map.of("recipients", List.of(Map.of("name", "UBND phường (nền tảng B)", "identifierCode", RECIPIENT_CODE)),
                        "paperCopy", false)));
        return null;
    }

    /** Registers one arrival; after a crash the call is repeated, and an arrival already registered counts as done. */
    Void register(Platform b, String arrival) throws Exception {
        if (count(b, "select count(*) from exchange_arrival where id = '" + arrival + "' and state = 'REGISTERED'") > 0) {
            return null;
        }
        expectOk(post(b.url, "vanthu.xa", "/api/v1/exchange/arrivals/" + arrival + "/registration", Map.of()));
        return null;
    }

    @SuppressWarnings("unchecked")
    List<String> history(Platform a, String outgoing) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(a.url + "/api/v1/exchange/outgoing/" + outgoing
                + "/deliveries")).header("Authorization", basic("vanthu.tinh")).GET().build(), HttpResponse.BodyHandlers.ofString());
        expectOk(response);
        var rows = (List<Map<String, Object>>) json.readValue(response.body(), Map.class).get("perRecipient");
        return rows.stream().filter(r -> RECIPIENT_CODE.equals(r.get("agencyCode"))).findFirst()
                .map(r -> ((List<Map<String, Object>>) r.get("history")).stream().map(h -> (String) h.get("statusCode"))
                        .toList()).orElse(List.of());
    }

    /**
     * Runs one step of a clerk's work; while the platform is down (killed, restarting) it waits and
     * repeats the step, which must therefore be safe to repeat.
     */
    <T> T retrying(Platform platform, ThrowingSupplier<T> step) {
        Instant until = Instant.now().plus(QUIESCENCE);
        Throwable last = null;
        while (Instant.now().isBefore(until)) {
            try {
                return step.get();
            } catch (Exception | AssertionError e) {
                last = e;
                sleep(500);
            }
        }
        throw new AssertionError("step on " + platform.name + " kept failing", last);
    }

    void awaitCondition(String what, ThrowingSupplier<Boolean> condition) throws Exception {
        Instant until = Instant.now().plus(QUIESCENCE);
        while (Instant.now().isBefore(until)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (SQLException e) {
                // a platform is restarting; its database is still there, so this is rare
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached within " + QUIESCENCE + ": " + what);
    }

    // --- one platform: a separate java process on its own port and PostgreSQL database ---

    final class Platform {

        final String name;
        final String database;
        final int port;
        final String url;
        Process process;

        Platform(String name, String database) throws Exception {
            this.name = name;
            this.database = database;
            try (var socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
            this.url = "http://127.0.0.1:" + port;
            try (Connection connection = connectTo(server + "postgres");
                 var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database);
            }
        }

        void start() throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                    "-cp", applicationClassPath(), "vn.openprovince.OpenProvinceApplication",
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    "--spring.datasource.url=" + server + database, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=",
                    // a few connections per process: the PostgreSQL server is shared
                    "--spring.datasource.hikari.maximum-pool-size=4",
                    "--openprovince.demo-data=true", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
                    "--openprovince.workflow.job-executor=false",
                    "--openprovince.exchange.worker-delay=200ms", "--openprovince.exchange.initial-backoff=200ms",
                    "--openprovince.exchange.max-backoff=2s", "--openprovince.exchange.max-attempts=1000",
                    // a row claimed by a killed process is sent again once its claim runs out
                    "--openprovince.exchange.claim-for=20s", "--openprovince.exchange.request-timeout=15s"));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile())).start();
            started.add(this);
        }

        void awaitUp() throws Exception {
            Instant until = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(until)) {
                if (!process.isAlive()) {
                    // it could not start (e.g. the shared PostgreSQL server had no connection left): as a supervisor would
                    System.out.println(name + " exited while starting; starting it again");
                    Thread.sleep(5000);
                    start();
                }
                assertThat(process.isAlive()).as(name + " exited; see target/crash/" + name + ".log").isTrue();
                try {
                    // ready only after the runners (demo data, a republication of outstanding events) ran
                    var response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError(name + " did not start");
        }

        /** kill -9, then the same process again on the same port and database. */
        void killAndRestart(String when) throws Exception {
            crash(when);
            restart();
        }

        /** kill -9 ({@link Process#destroyForcibly()}: SIGKILL, no shutdown hook runs). */
        void crash(String when) {
            kill();
            kills.add(when);
            System.out.println("killed " + when);
        }

        void restart() throws Exception {
            start();
            awaitUp();
        }

        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        Connection connection() throws SQLException {
            return connectTo(server + database);
        }
    }

    /**
     * A short connection of the test's own; while the shared PostgreSQL server has no connection left
     * ({@code 53300}, other work on the machine) it waits and tries again, for at most two minutes.
     */
    Connection connectTo(String url) throws SQLException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                return DriverManager.getConnection(url, user, "");
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || Instant.now().isAfter(until)) {
                    throw e;
                }
                sleep(500);
            }
        }
    }

    /**
     * The application's class path without the test classes (their configurations must not be
     * scanned into the platform): Surefire's, read from its manifest-only jar when it uses one.
     */
    static String applicationClassPath() throws IOException {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(File.pathSeparator);
        List<String> result = new ArrayList<>();
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (var jar = new JarFile(entries[0])) {
                String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifest != null) {
                    for (String url : manifest.split(" ")) {
                        if (!url.isBlank()) {
                            result.add(Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
                        }
                    }
                }
            }
        }
        if (result.isEmpty()) {
            result.addAll(List.of(entries));
        }
        result.removeIf(entry -> entry.replace('\\', '/').replaceAll("/$", "").endsWith("target/test-classes")
                || entry.contains("surefire"));
        return String.join(File.pathSeparator, result);
    }

    // --- database reads (the test's own short connections) ---

    int count(Platform platform, String sql) throws SQLException {
        try (Connection connection = platform.connection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    List<String> strings(Platform platform, String sql) {
        try (Connection connection = platform.connection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            return List.of();
        }
    }

    List<byte[]> bytes(Platform platform, String sql) throws SQLException {
        try (Connection connection = platform.connection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            List<byte[]> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getBytes(1));
            }
            return result;
        }
    }

    void update(Platform platform, String sql) throws SQLException {
        try (Connection connection = platform.connection(); var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    UUID agencyOf(Platform platform, String username) throws SQLException {
        return UUID.fromString(strings(platform, "select cast(m.agency_id as varchar) from membership m join official o"
                + " on o.id = m.official_id where o.email = '" + username + "@demo.openprovince.vn' and m.valid_to is null")
                .getFirst());
    }

    UUID officialId(Platform platform, String username) {
        return UUID.fromString(strings(platform, "select cast(id as varchar) from official where email = '"
                + username + "@demo.openprovince.vn'").getFirst());
    }

    // --- HTTP ---

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String url, String user, String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void put(String url, String path, Object body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic("admin"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
    }

    static void expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
