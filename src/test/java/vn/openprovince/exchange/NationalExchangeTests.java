package vn.openprovince.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.document.SamplePdfs;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.exchange.edxml.EdxmlReader;
import vn.openprovince.exchange.internal.NationalConnection;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.XmlSealSigner;

/**
 * The national axis connector against a local fake of the axis (JDK HttpServer on 127.0.0.1): the
 * client's REST mapping of the SDK operations, the recorded sample packages built by hand from the
 * standard, the agency list into the directory, receipt by polling, and sending through the outbox.
 */
@SpringBootTest(properties = {"openprovince.exchange.worker-delay=300ms", "openprovince.exchange.national.poll-delay=1h"})
@AutoConfigureMockMvc
class NationalExchangeTests {

    static final String PASSWORD = "Demo@2026";
    static final String VPCP = "000.00.04.G14";
    static final String SECRET = "khoa-bi-mat-thu";
    static final FakeAxis axis = FakeAxis.start();

    @DynamicPropertySource
    static void national(DynamicPropertyRegistry registry) {
        registry.add("openprovince.exchange.national.endpoint", () -> "http://127.0.0.1:" + axis.port());
        registry.add("openprovince.exchange.national.system-id", () -> "000.00.00.H99");
        registry.add("openprovince.exchange.national.secret-key", () -> SECRET);
    }

    @AfterAll
    static void stopAxis() {
        axis.server.stop(0);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    NationalExchangeConnector connector;
    @Autowired
    NationalConnection connection;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    XmlSealSigner signer;
    @Autowired
    UserDetailsService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theRecordedSamplesParseAsTheStandardDescribesThem() throws Exception {
        var pkg = EdxmlReader.readPackage(sample("vpcp-cong-van.edxml", ourCode())).value();
        assertThat(pkg.header().from().organId()).isEqualTo(VPCP);
        assertThat(pkg.header().to()).singleElement().satisfies(to -> assertThat(to.organId()).isEqualTo(ourCode()));
        assertThat(pkg.header().documentId()).startsWith(VPCP + ",").endsWith(",267/VPCP-TTĐT");
        assertThat(pkg.header().priority()).isEqualTo(1);
        assertThat(pkg.business().docType()).isZero();
        assertThat(pkg.business().paper()).isFalse();
        assertThat(pkg.business().staff()).isEqualTo("Trần Thị B");
        assertThat(pkg.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("267-VPCP-TTDT.pdf");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).startsWith("%PDF-1.4");
        });
        var status = EdxmlReader.readStatus(statusSample("000.00.00.H99", "01/UBND", "000.00.00.H99,2026/11/30,01/UBND"))
                .value();
        assertThat(status.statusCode()).isEqualTo("06");
        assertThat(status.from().organId()).isEqualTo(VPCP);
        assertThat(status.documentId()).isEqualTo("000.00.00.H99,2026/11/30,01/UBND");
    }

    @Test
    void theClientSpeaksTheSdkOperationsWithTheSystemIdAndSecret() {
        assertThat(connector.agencies()).extracting(NationalExchangeConnector.Agency::organId).contains(VPCP);
        assertThat(connector.connectedUnits()).isNotEmpty();
        String docId = connector.send("<edXML/>".getBytes(StandardCharsets.UTF_8));
        assertThat(docId).startsWith("axis-");
        var sent = axis.last("POST", "/edocs");
        assertThat(sent.headers()).containsEntry("systemid", "000.00.00.H99").containsEntry("secret", SECRET)
                .containsEntry("messagetype", "edoc");
        axis.received.get("status").add("s-1");
        assertThat(connector.received(NationalExchangeConnector.Kind.STATUS_DOCUMENT)).contains("s-1");
        assertThat(axis.last("GET", "/edocs/received").query()).isEqualTo("type=status");
        axis.received.get("status").remove("s-1");
        connector.markDone("s-1");
        assertThat(axis.last("POST", "/edocs/s-1/status").body()).isEqualTo("{\"status\":\"done\"}");

        axis.failNext = true;
        assertThatThrownBy(connector::agencies).isInstanceOfSatisfying(ExchangeException.class,
                e -> assertThat(e.error()).isEqualTo(ExchangeError.EXC_NATIONAL_UNAVAILABLE));
        assertThat(new NationalExchangeConnector.Configuration("", "x", "y").configured()).isFalse();
        assertThat(new NationalExchangeConnector.Configuration(null, "x", "y").configured()).isFalse();
    }

    @Test
    void aPackageFromTheAxisIsStoredOnceAndItsCompletionGoesBackThroughTheAxis() throws Exception {
        // GetAgencyList fills the directory (the sender must be a NATIONAL entry to be accepted)
        assertThat(mvc.post().uri("/api/v1/exchange/directory/national-import").with(httpBasic("admin", PASSWORD))
                .exchange()).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(2);
        var admin = mvc.get().uri("/admin/exchange").with(user(accounts.loadUserByUsername("admin"))).exchange();
        assertThat(admin.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Đã cấu hình kết nối Trục liên thông văn bản quốc gia").doesNotContain(SECRET);

        // receipt: the axis lists a sealed package for our commune; polling stores it and says "done"
        axis.put("e-1", "edoc", sealed(sample("vpcp-cong-van.edxml", ourCode())));
        connection.poll();
        connection.poll();
        var queue = mvc.get().uri("/api/v1/exchange/arrivals?size=100").with(httpBasic("vanthu.xa", PASSWORD)).exchange();
        assertThat(queue).hasStatusOk().bodyJson()
                .extractingPath("$.content[?(@.senderOrganId == '" + VPCP + "')].subject").asArray()
                .containsExactly("Về việc triển khai kết nối Trục liên thông văn bản quốc gia");
        assertThat(axis.requests).filteredOn(r -> r.path().equals("/edocs/e-1/status")).hasSize(1);

        // sending: a document issued to an agency reached through the axis goes out by the outbox
        String id = approvedDraft("Về việc báo cáo qua Trục quốc gia");
        assertThat(post("vanthu.tinh", "/api/v1/documents/outgoing/" + id + "/issue", Map.of("recipients",
                List.of(Map.of("name", "Văn phòng Chính phủ", "identifierCode", VPCP)), "paperCopy", false)))
                .hasStatusOk();
        var deliveries = waitFor(() -> read(mvc.get().uri("/api/v1/documents/outgoing/" + id + "/deliveries")
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange()), d -> "01".equals(statusOf(d, VPCP)));
        String documentId = (String) deliveries.get("edxmlDocumentId");
        assertThat(axis.requests).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/edocs");
            assertThat(r.body()).contains(documentId).contains("<edXML:To><edXML:OrganId>" + VPCP);
        });

        // the sender's page lists the recipient and offers to ask for an update, which goes out through the axis
        var page = mvc.get().uri("/exchange/outgoing/" + id).with(user(accounts.loadUserByUsername("vanthu.tinh"))).exchange();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Văn phòng Chính phủ")
                .contains("Đề nghị nơi nhận cập nhật");
        var asked = mvc.post().uri("/exchange/outgoing/" + id + "/update").param("reason", "Bổ sung phụ lục")
                .with(user(accounts.loadUserByUsername("vanthu.tinh")))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(asked).hasStatus3xxRedirection().flash().containsEntry("flash", "Đã gửi đề nghị cập nhật tới 1 nền tảng.");
        waitFor(() -> Map.of("n", axis.requests.stream().filter(r -> r.path().equals("/edocs")
                && r.body().contains("<edXML:BussinessDocType>2</edXML:BussinessDocType>")).count()),
                m -> ((Long) m.get("n")) >= 1);

        // the recipient's 06 comes back through the axis as a status package
        String code = documentId.substring(documentId.lastIndexOf(',') + 1);
        axis.put("s-9", "status", sealed(statusSample(documentId.substring(0, documentId.indexOf(',')), code, documentId)));
        connection.poll();
        var done = read(mvc.get().uri("/api/v1/documents/outgoing/" + id + "/deliveries")
                .with(httpBasic("vanthu.tinh", PASSWORD)).exchange());
        assertThat(statusOf(done, VPCP)).isEqualTo("06");
    }

    // --- helpers ---

    String ourCode() {
        return organization.agency(clerkAgency()).orElseThrow().identifierCode();
    }

    AgencyId clerkAgency() {
        return organization.officialByEmail("vanthu.xa@demo.openprovince.vn").orElseThrow().agencyId();
    }

    static byte[] sample(String name, String recipient) throws IOException {
        String date = Edxml.DATE.format(LocalDate.now(Edxml.ZONE).minusDays(1));
        return resource(name).replace("RECIPIENT", recipient).replace("DATE", date).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] statusSample(String sender, String code, String documentId) throws IOException {
        String date = Edxml.DATE.format(LocalDate.now(Edxml.ZONE));
        return resource("vpcp-status-06.edxml").replace("DOCUMENT_ID", documentId).replace("SENDER", sender)
                .replace("CODE", code).replace("DATE", date).getBytes(StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = NationalExchangeTests.class.getResourceAsStream("/exchange/national/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sealed with a key this platform trusts (the demo PKI), standing in for the sending agency's. */
    byte[] sealed(byte[] xml) {
        Document doc = Edxml.parse(xml);
        signer.signEnveloped(doc, (Element) doc.getElementsByTagNameNS(Edxml.NAMESPACE, "Signature").item(0),
                clerkAgency());
        return Edxml.serialize(doc);
    }

    @SuppressWarnings("unchecked")
    static String statusOf(Map<String, Object> deliveries, String code) {
        return ((List<Map<String, Object>>) deliveries.get("perRecipient")).stream()
                .filter(r -> code.equals(r.get("agencyCode"))).findFirst().map(r -> (String) r.get("status")).orElse(null);
    }

    Map<String, Object> waitFor(java.util.function.Supplier<Map<String, Object>> read,
                                java.util.function.Predicate<Map<String, Object>> done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(until)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached; last: " + last);
    }

    String approvedDraft(String summary) {
        var committee = organization.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow().agencyId();
        var part = new MockPart("metadata", json.writeValueAsBytes(Map.of("agencyId", committee.value().toString(),
                "type", "CONG_VAN", "summary", summary, "signerName", "Bùi Văn Khánh", "signerPosition", "Chủ tịch")));
        part.getHeaders().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
        var drafted = mvc.post().uri("/api/v1/documents/outgoing").multipart().part(part)
                .file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf",
                        SamplePdfs.letter("CHỦ TỊCH", "Bùi Văn Khánh", "CÔNG VĂN", summary)))
                .with(httpBasic("chuyenvien.tinh", PASSWORD)).exchange();
        String id = (String) read(drafted).get("id");
        String leader = organization.officialByEmail("lanhdao.tinh@demo.openprovince.vn").orElseThrow().id().toString();
        assertThat(post("chuyenvien.tinh", "/api/v1/documents/outgoing/" + id + "/submit",
                Map.of("reviewerIds", List.of(leader)))).hasStatusOk();
        assertThat(post("lanhdao.tinh", "/api/v1/documents/outgoing/" + id + "/approve", Map.of())).hasStatusOk();
        return id;
    }

    MvcTestResult post(String user, String path, Object body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD)).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(() -> new String(result.getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).isIn(200, 201);
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }

    /** A stand-in for the national axis on 127.0.0.1, speaking the connector's REST mapping. */
    static final class FakeAxis {

        record Request(String method, String path, String query, Map<String, String> headers, String body) {
        }

        final HttpServer server;
        final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
        final Map<String, List<String>> received = Map.of("edoc", new CopyOnWriteArrayList<>(),
                "status", new CopyOnWriteArrayList<>());
        final Map<String, byte[]> packages = new ConcurrentHashMap<>();
        volatile boolean failNext;
        private int sent;

        private FakeAxis(HttpServer server) {
            this.server = server;
        }

        static FakeAxis start() {
            try {
                var axis = new FakeAxis(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
                axis.server.createContext("/", axis::handle);
                axis.server.start();
                return axis;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return server.getAddress().getPort();
        }

        void put(String docId, String type, byte[] xml) {
            packages.put(docId, xml);
            received.get(type).add(docId);
        }

        Request last(String method, String path) {
            Request found = null;
            for (var r : requests) {
                if (r.method().equals(method) && r.path().equals(path)) {
                    found = r;
                }
            }
            assertThat(found).as(method + " " + path).isNotNull();
            return found;
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), headers, body));
            if (failNext) {
                failNext = false;
                reply(exchange, 500, "application/json", "{\"error\":\"down\"}");
                return;
            }
            if (!SECRET.equals(headers.get("secret"))) {
                reply(exchange, 401, "application/json", "{}");
                return;
            }
            if (path.equals("/agencies") || path.equals("/units")) {
                reply(exchange, 200, "application/json", "[{\"code\":\"" + VPCP + "\",\"name\":\"Văn phòng Chính phủ\"},"
                        + "{\"code\":\"000.00.00.G01\",\"name\":\"Bộ Nội vụ\",\"parentCode\":null},"
                        + "{\"code\":\"000.00.00.H99\",\"name\":\"UBND tỉnh (chính nền tảng này)\"}]");
            } else if (path.equals("/edocs") && exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 200, "application/json", "{\"status\":\"OK\",\"docId\":\"axis-" + (++sent) + "\"}");
            } else if (path.equals("/edocs/received")) {
                var ids = new ArrayList<String>();
                for (String id : received.get("type=status".equals(exchange.getRequestURI().getQuery()) ? "status" : "edoc")) {
                    ids.add("{\"docId\":\"" + id + "\"}");
                }
                reply(exchange, 200, "application/json", "[" + String.join(",", ids) + "]");
            } else if (path.endsWith("/status") && exchange.getRequestMethod().equals("POST")) {
                String id = path.substring("/edocs/".length(), path.length() - "/status".length());
                received.values().forEach(list -> list.remove(id));
                reply(exchange, 200, "application/json", "{\"status\":\"OK\"}");
            } else if (path.startsWith("/edocs/") && packages.containsKey(path.substring("/edocs/".length()))) {
                byte[] xml = packages.get(path.substring("/edocs/".length()));
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, xml.length);
                exchange.getResponseBody().write(xml);
                exchange.close();
            } else {
                reply(exchange, 404, "application/json", "{}");
            }
        }

        private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
