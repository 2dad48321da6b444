package vn.openprovince.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.OpenProvinceApplication;
import vn.openprovince.document.SamplePdfs;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlPackage;
import vn.openprovince.exchange.edxml.EdxmlWriter;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.XmlSealSigner;

/**
 * Packages per second delivered end to end between two platforms: two applications in this JVM, each
 * on its own port and H2 file database with the demo data, set up as docs/exchange.md says (each trusts
 * the other's root, knows the other's agencies and holds its API token). Platform A's outbox is loaded
 * with N packages, each a different document (its own DocumentId) with a one-page PDF, sealed with the
 * province's key (enveloped XML-DSig); then they are made due at once and the clock runs until A has
 * every row DELIVERED (B acknowledged it after checking structure, signature, trust, sender and
 * recipient, and storing it) and B holds N arrivals. Building and sealing the packages is timed apart. A first
 * round of 300 packages, delivered the same way, warms both platforms up and is reported apart.
 */
final class ExchangeBenchmark {

    private static final String PASSWORD = "Demo@2026";
    private static final String SENDER = "000.00.00.H97";
    private static final String RECIPIENT = "000.00.01.H98";
    private static final int WARM_UP = 300;
    /** Processor time of this JVM (both platforms and the load generator): a figure that other load changes little. */
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int packages;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    ExchangeBenchmark(int packages) {
        this.packages = packages;
    }

    List<Table> run() throws Exception {
        Path directory = Files.createTempDirectory("openprovince-bench-exchange");
        ConfigurableApplicationContext a = platform(directory, "a");
        ConfigurableApplicationContext b = platform(directory, "b");
        try {
            String urlA = "http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port");
            String urlB = "http://127.0.0.1:" + b.getEnvironment().getProperty("local.server.port");
            var jdbcA = a.getBean(JdbcTemplate.class);
            var jdbcB = b.getBean(JdbcTemplate.class);
            UUID province = agencyOf(a, "lanhdao.tinh");
            jdbcA.update("update agency set identifier_code = ? where id = ?", SENDER, province);
            jdbcB.update("update agency set identifier_code = ? where id = ?", RECIPIENT, agencyOf(b, "vanthu.xa"));
            trust(urlA, jdbcB);
            trust(urlB, jdbcA);
            put(urlA, "/api/v1/exchange/directory/" + RECIPIENT,
                    Map.of("name", "UBND phường (nền tảng B)", "route", "PEER", "endpoint", urlB));
            put(urlB, "/api/v1/exchange/directory/" + SENDER,
                    Map.of("name", "UBND tỉnh (nền tảng A)", "route", "PEER", "endpoint", urlA));
            put(urlA, "/api/v1/exchange/peers", Map.of("endpoint", urlB, "token", token(urlB, b, "vanthu.xa")));

            var signer = a.getBean(XmlSealSigner.class);
            byte[] pdf = SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "CÔNG VĂN",
                    "Về việc đo thông lượng liên thông văn bản giữa hai nền tảng");
            // The first packages warm both platforms up (the JIT compiles the receiving and sending code while they
            // go); they are delivered, reported apart and not counted in the figure, which is of running servers.
            var coldRound = new Round(jdbcA, jdbcB, signer, province, urlB, pdf, 1, WARM_UP);
            var round = new Round(jdbcA, jdbcB, signer, province, urlB, pdf, WARM_UP + 1, packages);
            int failed = jdbcA.queryForObject("select count(*) from exchange_delivery where state <> 'DELIVERED'",
                    Integer.class);
            int acknowledged01 = jdbcA.queryForObject("select count(*) from exchange_status_event where status_code = '01'",
                    Integer.class);
            var latencies = round.latencies;

            var table = new Table("Document exchange between two platforms (" + packages + " packages)", "Measure",
                    "Value")
                    .row("Warm-up round before (not counted)", "%d packages, %.0f packages/s".formatted(WARM_UP,
                            WARM_UP / coldRound.seconds))
                    .row("Packages delivered (A DELIVERED / B stored)", round.delivered + " / " + round.arrived)
                    .row("Not delivered at the end", failed)
                    .row("Status 01 recorded at A (both rounds)", acknowledged01)
                    .row("Package size (signed envelope, one-page PDF)", (round.payloadBytes / 1024) + " KiB")
                    .row("Delivery time", "%.2f s".formatted(round.seconds))
                    .row("**Packages delivered per second**", "**%.0f**".formatted(round.delivered / round.seconds))
                    .row("Processor time per package, both platforms (2 cores give at most 2,000 ms a second)",
                            "%.1f ms".formatted(round.cpuSeconds * 1000 / Math.max(1, round.delivered)))
                    .row("Time to delivered, median / p95 / max", latencies.isEmpty() ? "-"
                            : "%d / %d / %d ms".formatted(latencies.get(latencies.size() / 2),
                                    latencies.get((int) Math.min(latencies.size() - 1, Math.round(latencies.size() * 0.95))),
                                    latencies.getLast()))
                    .row("Building and sealing the packages (not in the figure above)",
                            "%.0f packages/s".formatted(packages / round.buildSeconds))
                    .row("Worker settings", "batch-size 200, parallel-sends 16, worker-delay 50ms");
            return List.of(table);
        } finally {
            a.close();
            b.close();
        }
    }

    /**
     * One round: builds and seals {@code count} packages numbered from {@code first} into A's outbox (not yet due),
     * then makes them due at once and waits until A has them all DELIVERED and B stored (bounded wait).
     */
    private static final class Round {

        final int delivered;
        final int arrived;
        final double buildSeconds;
        final double seconds;
        final List<Long> latencies;
        final int payloadBytes;
        final double cpuSeconds;

        Round(JdbcTemplate jdbcA, JdbcTemplate jdbcB, XmlSealSigner signer, UUID province, String urlB, byte[] pdf,
              int first, int count) throws InterruptedException {
            int deliveredBefore = count(jdbcA, "select count(*) from exchange_delivery where state = 'DELIVERED'");
            int arrivedBefore = count(jdbcB, "select count(*) from exchange_arrival");
            LocalDate date = LocalDate.now(Edxml.ZONE).minusDays(1);
            Instant later = Instant.now().plus(Duration.ofDays(1));
            long buildStart = System.nanoTime();
            int bytes = 0;
            for (int i = first; i < first + count; i++) {
                String number = Integer.toString(i);
                String documentId = SENDER + "," + Edxml.DATE.format(date) + "," + number + "/UBND-VP";
                var header = new EdxmlPackage.MessageHeader(new EdxmlPackage.Organ(SENDER, "UBND tỉnh", null),
                        List.of(new EdxmlPackage.Organ(RECIPIENT, "UBND phường", null)), number, "UBND-VP", null, date,
                        "CONG_VAN", "Công văn", "Về việc đo thông lượng liên thông, văn bản " + i, null, "Chủ tịch",
                        "Bùi Văn Khánh", null, 0, 1, documentId);
                var pkg = new EdxmlPackage(header, List.of(new EdxmlPackage.TraceHeader(SENDER, LocalDateTime.now(Edxml.ZONE))),
                        EdxmlPackage.Business.newDocument(false, "vanthu.tinh"),
                        List.of(new EdxmlPackage.Attachment(UUID.randomUUID().toString(), "cong-van.pdf", "application/pdf",
                                "Công văn", pdf)));
                var xml = EdxmlWriter.write(pkg);
                signer.signEnveloped(xml, (Element) xml.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                        new AgencyId(province));
                byte[] payload = Edxml.serialize(xml);
                bytes = payload.length;
                UUID outgoing = UUID.randomUUID();
                jdbcA.update("insert into exchange_delivery (id, dedupe_key, kind, outgoing_id, agency_id, edxml_document_id,"
                                + " endpoint, recipients, payload, state, attempts, next_attempt_at, created_at)"
                                + " values (?, ?, 'PACKAGE', ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", UUID.randomUUID(),
                        "PKG:" + outgoing + ":" + urlB, outgoing, province, documentId, urlB, RECIPIENT, payload,
                        Timestamp.from(later), Timestamp.from(Instant.now()));
                jdbcA.update("insert into exchange_recipient (id, outgoing_id, agency_id, edxml_document_id, organ_id,"
                        + " organ_name, status_rank, updated_at) values (?, ?, ?, ?, ?, 'UBND phường', 0, ?)",
                        UUID.randomUUID(), outgoing, province, documentId, RECIPIENT, Timestamp.from(Instant.now()));
            }
            buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            payloadBytes = bytes;

            // Go: every row due now; stop when A has all DELIVERED and B all stored (bounded wait).
            Instant start = Instant.now();
            long cpuStart = PROCESS.getProcessCpuTime();
            long clock = System.nanoTime();
            jdbcA.update("update exchange_delivery set next_attempt_at = ? where state = 'PENDING'", Timestamp.from(start));
            long deadline = clock + Duration.ofMinutes(10).toNanos();
            int deliveredNow = 0;
            int arrivedNow = 0;
            while (System.nanoTime() < deadline) {
                deliveredNow = count(jdbcA, "select count(*) from exchange_delivery where state = 'DELIVERED'")
                        - deliveredBefore;
                arrivedNow = count(jdbcB, "select count(*) from exchange_arrival") - arrivedBefore;
                if (deliveredNow >= count && arrivedNow >= count) {
                    break;
                }
                Thread.sleep(20);
            }
            seconds = (System.nanoTime() - clock) / 1e9;
            cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
            delivered = deliveredNow;
            arrived = arrivedNow;
            latencies = jdbcA.query("select delivered_at from exchange_delivery where delivered_at >= ?",
                    (rs, n) -> Duration.between(start, rs.getTimestamp(1).toInstant()).toMillis(), Timestamp.from(start));
            latencies.sort(null);
        }

        private static int count(JdbcTemplate jdbc, String sql) {
            return jdbc.queryForObject(sql, Integer.class);
        }
    }

    private static ConfigurableApplicationContext platform(Path directory, String name) {
        String database = directory.resolve(name).toAbsolutePath().toString().replace('\\', '/');
        var application = new SpringApplication(OpenProvinceApplication.class);
        application.addInitializers(initializing -> initializing.getBeanFactory()
                .registerSingleton("benchmarksMainClassesOnly", new SignInLoadBenchmark.MainClassesOnly()));
        return application.run("--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--openprovince.demo-data=true", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--openprovince.exchange.worker-delay=50ms", "--openprovince.exchange.batch-size=200",
                "--openprovince.exchange.parallel-sends=16", "--spring.jmx.enabled=false");
    }

    private static UUID agencyOf(ConfigurableApplicationContext platform, String username) {
        return platform.getBean(OrganizationDirectory.class).officialByEmail(username + "@demo.openprovince.vn")
                .orElseThrow().agencyId().value();
    }

    private void trust(String url, JdbcTemplate otherPlatform) throws Exception {
        for (byte[] certificate : otherPlatform.queryForList("select certificate from trusted_certificate", byte[].class)) {
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
            expect(response, 201, 409);
        }
    }

    private String token(String url, ConfigurableApplicationContext platform, String agencyOfUser) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/api-clients"))
                .header("Authorization", basic("admin")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("name", "peer benchmark",
                        "role", "CLERK", "agencyId", agencyOf(platform, agencyOfUser).toString())))).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 200, 201);
        return (String) json.readValue(response.body(), Map.class).get("token");
    }

    private void put(String url, String path, Object body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", basic("admin"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 200, 201, 204);
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
