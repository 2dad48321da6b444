package vn.openprovince.benchmarks;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.OpenProvinceApplication;

/**
 * The citizen's and the officer's hot paths over HTTP, against the real application on PostgreSQL (issues 6
 * and 7): online submissions, the public portal pages, dossiers through acceptance and three workflow steps,
 * and the officer's work queue page.
 *
 * <p>The application runs in this JVM (Tomcat on virtual threads, listening on 127.0.0.1 on a free port) on the
 * PostgreSQL database named by {@code benchmarks.datasource.url}, which is <b>emptied first</b> (schema
 * {@code public} dropped and created again, then Flyway and the demo data). The public pages' per-caller rate
 * limit is raised for the run through {@code openprovince.public-api.requests-per-minute} (its default, 120, is
 * not changed): the load generator is one caller at 127.0.0.1 and would otherwise measure the limiter.
 *
 * <ul>
 *   <li>{@code submissions}: {@code POST /api/v1/dossiers} as the demo citizen {@code congdan} (with an access token), a
 *   birth registration (1.001193) with the e-form JSON and two attachments (a one-page PDF and a small PNG), from
 *   16, 32 and 64 concurrent workers for {@code benchmarks.seconds} each; then the dossier codes are counted
 *   in SQL (no code twice).</li>
 *   <li>{@code portal}: 50 anonymous virtual users, no think time, over the home page, a search for "dang ky
 *   khai sinh", the procedure page of 1.001193 and the public status look-up of a real code.</li>
 *   <li>{@code processing}: a three-step table for 1.001193 is put in force as {@code admin}; workers take
 *   submitted dossiers, accept them as {@code motcua.tinh} and take them through specialist, department head and
 *   leader (list the tasks, claim, complete with APPROVE) until {@code GET /api/v1/dossiers/{code}} shows
 *   RESULT_READY (national state 9). Then {@code chuyenvien.tinh} holds {@code benchmarks.tasks} open tasks and
 *   16 signed-in sessions of that officer load {@code /work-queue}.</li>
 * </ul>
 */
final class DossierLoadBenchmark {

    private static final String PASSWORD = "Demo@2026";
    private static final String PROCEDURE = "1.001193";
    private static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";
    private static final int[] SUBMISSION_WORKERS = {16, 32, 64};
    private static final int PORTAL_USERS = 50;
    private static final int QUEUE_USERS = 16;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Officers of the three steps and the step keys; the demo officials of the provincial office and committee. */
    private static final List<String[]> STEPS = List.of(new String[] {"chuyenvien.tinh", "specialist", "SPECIALIST"},
            new String[] {"truongphong.tinh", "department_head", "DEPARTMENT_HEAD"},
            new String[] {"lanhdao.tinh", "leader", "LEADER"});

    record Result(List<Table> tables, long errors) {
    }

    private final String url;
    private final int seconds;
    private final int processingWorkers;
    private final int openTasks;
    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private URI base;
    private HttpClient client;
    private byte[] body;
    private String boundary;
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    DossierLoadBenchmark(String url, int seconds, int processingWorkers, int openTasks) {
        this.url = url;
        this.seconds = seconds;
        this.processingWorkers = processingWorkers;
        this.openTasks = openTasks;
    }

    Result run(boolean submissions, boolean portal, boolean processing) throws Exception {
        var tables = new ArrayList<Table>();
        long errors = 0;
        long startNanos = start();
        try {
            tables.add(new Table("Dossier benchmarks: application on PostgreSQL", "Fact", "Value")
                    .row("Database", url.replaceAll("//[^/]*@", "//"))
                    .row("PostgreSQL", jdbc.queryForObject("show server_version", String.class))
                    .row("Application start (empty schema: Flyway, Flowable tables, demo data)",
                            "%.1f s".formatted(startNanos / 1e9))
                    .row("Public rate limit for the run (openprovince.public-api.requests-per-minute)", "1000000")
                    .row("BCrypt check of one HTTP Basic password (in process, mean of 20: wall / CPU of the thread)",
                            bcryptMillis()));
            if (submissions) {
                errors += submissions(tables);
            }
            if (portal) {
                settle();
                errors += portal(tables);
            }
            if (processing) {
                settle();
                errors += processing(tables);
            }
            return new Result(tables, errors);
        } finally {
            client.close();
            context.close();
        }
    }

    // ----- start -----------------------------------------------------------------------------------------------

    private long start() throws Exception {
        // A fresh schema, so every run starts from the same demo data.
        try (var connection = DriverManager.getConnection(url, System.getProperty("benchmarks.datasource.username",
                "postgres"), System.getProperty("benchmarks.datasource.password", ""));
             var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        long started = System.nanoTime();
        var application = new SpringApplication(OpenProvinceApplication.class);
        application.addInitializers(initializing -> initializing.getBeanFactory()
                .registerSingleton("benchmarksMainClassesOnly", new SignInLoadBenchmark.MainClassesOnly()));
        context = application.run(
                "--server.address=127.0.0.1", "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("benchmarks.datasource.username", "postgres"),
                "--spring.datasource.password=" + System.getProperty("benchmarks.datasource.password", ""),
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--openprovince.demo-data=true",
                "--openprovince.public-api.requests-per-minute=1000000",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        jdbc = context.getBean(JdbcTemplate.class);
        base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (jdbc.queryForObject("""
                select count(*) from account where username in ('congdan', 'admin', 'motcua.tinh', 'chuyenvien.tinh',
                'truongphong.tinh', 'lanhdao.tinh')""", Integer.class) < 6
                || send(get("/api/v1/procedures/" + PROCEDURE)).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The demo data did not appear within 2 minutes");
            }
            Thread.sleep(200);
        }
        long elapsed = System.nanoTime() - started;
        boundary = "----openprovince-bench-" + UUID.randomUUID();
        body = multipart(boundary, pdf(), png());
        return elapsed;
    }

    /**
     * Waits (at most a minute) until the events of the previous part are handled (acknowledgement e-mails,
     * notifications, workflow starts), so that one part's background work is not measured in the next.
     */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private String bcryptMillis() {
        var encoder = context.getBean(PasswordEncoder.class);
        String hash = jdbc.queryForObject("select password_hash from account where username = 'congdan'", String.class);
        encoder.matches(PASSWORD, hash);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            if (!encoder.matches(PASSWORD, hash)) {
                throw new IllegalStateException("the demo password does not match");
            }
        }
        return "%.1f ms / %.1f ms".formatted((System.nanoTime() - started) / 20 / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 20 / 1e6);
    }

    // ----- 1. online submissions ---------------------------------------------------------------------------------

    private long submissions(List<Table> tables) throws Exception {
        var table = new Table("Online submissions: POST /api/v1/dossiers, congdan, e-form + PDF + PNG (%d s per level)"
                .formatted(seconds), "Workers", "Load before", "Submitted", "Errors", "Submissions/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "CPU ms/submission");
        long errors = 0;
        // A short warm-up (JIT, connection pools), not counted.
        loop(8, Duration.ofSeconds(5), new Recorder("warm-up"), this::submitOne);
        for (int workers : SUBMISSION_WORKERS) {
            var recorder = new Recorder("submissions x" + workers);
            long wall = loop(workers, Duration.ofSeconds(seconds), recorder, this::submitOne);
            long[] sorted = recorder.sorted("submit");
            table.row(workers, "%.2f".formatted(recorder.loadBefore), sorted.length, recorder.errors.get(),
                    "%.1f".formatted(sorted.length / (wall / 1e9)), ms(pct(sorted, .50)), ms(pct(sorted, .95)),
                    ms(pct(sorted, .99)), ms(pct(sorted, 1.0)), ms(recorder.cpu / Math.max(1, sorted.length)));
            errors += recorder.errors.get();
        }
        tables.add(table);
        var counts = jdbc.queryForMap("select count(*) as dossiers, count(distinct code) as codes from dossier");
        Long duplicated = jdbc.queryForObject(
                "select count(*) from (select code from dossier group by code having count(*) > 1) d", Long.class);
        tables.add(new Table("Online submissions: dossier codes afterwards (SQL)", "Measure", "Value")
                .row("Dossiers in the database (warm-up included)", counts.get("dossiers"))
                .row("Distinct codes", counts.get("codes"))
                .row("Codes held by more than one dossier", duplicated));
        if (duplicated != 0) {
            errors++;
        }
        return errors;
    }

    private void submitOne(Recorder recorder) throws Exception {
        var request = HttpRequest.newBuilder(base.resolve("/api/v1/dossiers")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization("congdan"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = recorder.time("submit", () -> send(request));
        expect(response, 201);
    }

    // ----- 2. portal pages ---------------------------------------------------------------------------------------

    private long portal(List<Table> tables) throws Exception {
        String code = jdbc.queryForList("select code from dossier order by submitted_at limit 1", String.class)
                .stream().findFirst().orElseGet(this::submitUntimed);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Home /cong-dich-vu-cong", "/cong-dich-vu-cong");
        pages.put("Search \"dang ky khai sinh\"", "/cong-dich-vu-cong/tim-kiem?q=" + encode("dang ky khai sinh"));
        pages.put("Procedure page 1.001193", "/cong-dich-vu-cong/thu-tuc/" + PROCEDURE);
        pages.put("Status look-up /cong-dich-vu-cong/tra-cuu", "/cong-dich-vu-cong/tra-cuu?ma=" + encode(code));
        List<String> labels = new ArrayList<>(pages.keySet());
        var turn = new AtomicInteger();
        Task visit = recorder -> {
            String label = labels.get(Math.floorMod(turn.getAndIncrement(), labels.size()));
            var response = recorder.time(label, () -> send(get(pages.get(label))));
            expect(response, 200);
        };
        loop(PORTAL_USERS, Duration.ofSeconds(5), new Recorder("portal warm-up"), visit);
        var recorder = new Recorder("portal");
        long wall = loop(PORTAL_USERS, Duration.ofSeconds(seconds), recorder, visit);
        var table = new Table("Portal pages: %d anonymous users, no think time, %d s".formatted(PORTAL_USERS, seconds),
                "Page", "Requests", "Requests/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long total = 0;
        for (String label : labels) {
            long[] sorted = recorder.sorted(label);
            total += sorted.length;
            table.row(label, sorted.length, "%.1f".formatted(sorted.length / (wall / 1e9)), ms(pct(sorted, .50)),
                    ms(pct(sorted, .95)), ms(pct(sorted, .99)), ms(pct(sorted, 1.0)));
        }
        table.row("All pages (errors: %d; load before %.2f; CPU %.1f ms/request)".formatted(recorder.errors.get(),
                recorder.loadBefore, recorder.cpu / 1e6 / Math.max(1, total)), total,
                "%.1f".formatted(total / (wall / 1e9)), "", "", "", "");
        tables.add(table);
        return recorder.errors.get();
    }

    // ----- 3. processing and the work queue ----------------------------------------------------------------------

    private long processing(List<Table> tables) throws Exception {
        long errors = 0;
        String steps = """
                {"steps": [
                  {"key": "specialist", "name": "Chuyên viên thẩm định", "role": "SPECIALIST", "agency": "NAMED", "agencyId": "%s", "sharePercent": 40},
                  {"key": "department_head", "name": "Trưởng phòng xem xét", "role": "DEPARTMENT_HEAD", "agency": "NAMED", "agencyId": "%s", "sharePercent": 30},
                  {"key": "leader", "name": "Lãnh đạo phê duyệt", "role": "LEADER", "agency": "NAMED", "agencyId": "%s", "sharePercent": 30}
                ]}""".formatted(agencyOf(STEPS.get(0)), agencyOf(STEPS.get(1)), agencyOf(STEPS.get(2)));
        var defined = send(HttpRequest.newBuilder(base.resolve("/api/v1/workflow/procedures/" + PROCEDURE + "/steps"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", authorization("admin")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(steps)).build());
        expect(defined, 200);

        // Submitted dossiers of the procedure at the provincial centre (from the submissions run, else made now).
        var codes = new ConcurrentLinkedQueue<>(jdbc.queryForList(
                "select code from dossier where state = 'SUBMITTED' and procedure_code = ? order by submitted_at",
                String.class, PROCEDURE));
        int needed = processingWorkers * seconds / 2 + openTasks + 50;
        while (codes.size() < needed) {
            codes.add(submitUntimed());
        }
        var recorder = new Recorder("processing");
        var finished = new AtomicLong();
        Task pipeline = r -> {
            String code = codes.poll();
            if (code == null) {
                throw new IllegalStateException("no submitted dossier left");
            }
            long started = System.nanoTime();
            expect(r.time("POST acceptance (motcua.tinh)", () -> send(postJson("motcua.tinh",
                    "/api/v1/dossiers/" + code + "/acceptance", "{\"note\": \"Đủ thành phần\"}"))), 200);
            for (String[] step : STEPS) {
                String task = awaitTask(r, step[0], code, step[1]);
                expect(r.time("POST claim", () -> send(postJson(step[0], "/api/v1/tasks/" + task + "/claim", ""))), 200);
                expect(r.time("POST complete APPROVE", () -> send(postJson(step[0], "/api/v1/tasks/" + task + "/complete",
                        "{\"decision\": \"APPROVE\", \"note\": \"Đồng ý\"}"))), 200);
            }
            long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
            while (true) {
                var view = r.time("GET dossier (poll)", () -> send(get("motcua.tinh", "/api/v1/dossiers/" + code)));
                expect(view, 200);
                JsonNode json = JSON.readTree(view.body());
                if ("RESULT_READY".equals(json.get("state").asString()) && json.get("nationalState").asInt() == 9) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(code + " did not reach RESULT_READY: " + json.get("state"));
                }
                Thread.sleep(20);
            }
            r.record("Whole dossier: accept → 3 steps → RESULT_READY", System.nanoTime() - started);
            finished.incrementAndGet();
        };
        loop(processingWorkers, Duration.ofSeconds(seconds), recorder, pipeline);
        long wall = recorder.wall;
        var summary = new Table("Processing: accept → 3 steps → RESULT_READY (%d workers, %d s)"
                .formatted(processingWorkers, seconds), "Measure", "Value")
                .row("Load average (1 min) just before", "%.2f".formatted(recorder.loadBefore))
                .row("Dossiers finished", finished.get())
                .row("CPU ms per dossier (whole JVM)", ms(recorder.cpu / Math.max(1, finished.get())))
                .row("Dossiers/s", "%.2f".formatted(finished.get() / (wall / 1e9)))
                .row("HTTP requests", recorder.requests.get())
                .row("Errors", recorder.errors.get())
                .row("Dossiers in RESULT_READY (SQL)", jdbc.queryForObject(
                        "select count(*) from dossier where state = 'RESULT_READY'", Long.class));
        tables.add(summary);
        tables.add(recorder.latencies("Processing: latency per request kind (ms)"));
        errors += recorder.errors.get();

        errors += workQueue(tables, codes);
        return errors;
    }

    private String agencyOf(String[] step) {
        return jdbc.queryForObject("""
                select cast(r.agency_id as varchar) from role_assignment r join account a on a.id = r.account_id
                where a.username = ? and r.role = ?""", String.class, step[0], step[2]);
    }

    /** Lists the officer's claimable tasks until the dossier's step is there; returns its id. */
    private String awaitTask(Recorder r, String user, String code, String stepKey) throws Exception {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
        while (true) {
            var list = r.time("GET tasks (poll)", () -> send(get(user, "/api/v1/tasks?size=200")));
            expect(list, 200);
            for (JsonNode task : JSON.readTree(list.body()).get("content")) {
                if (code.equals(task.get("dossierCode").asString()) && stepKey.equals(task.get("stepKey").asString())) {
                    return task.get("id").asString();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + stepKey + " task for " + code);
            }
            Thread.sleep(20);
        }
    }

    private long workQueue(List<Table> tables, Queue<String> codes) throws Exception {
        // chuyenvien.tinh gets openTasks tasks: accepted dossiers whose first step the specialist takes.
        var setup = new Recorder("work queue set-up");
        var accepted = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < openTasks; i++) {
                pool.submit(() -> {
                    try {
                        expect(send(postJson("motcua.tinh", "/api/v1/dossiers/" + codes.poll() + "/acceptance", "")), 200);
                        accepted.incrementAndGet();
                    } catch (Exception e) {
                        setup.error(String.valueOf(e));
                    }
                });
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        int claimed = 0;
        while (claimed < accepted.get() && System.nanoTime() < deadline) {
            var list = send(get("chuyenvien.tinh", "/api/v1/tasks?size=200"));
            expect(list, 200);
            for (JsonNode task : JSON.readTree(list.body()).get("content")) {
                expect(send(postJson("chuyenvien.tinh", "/api/v1/tasks/" + task.get("id").asString() + "/claim", "")),
                        200);
                claimed++;
            }
            Thread.sleep(100);
        }
        var mine = JSON.readTree(send(get("chuyenvien.tinh", "/api/v1/tasks?mine=true&size=1")).body());
        long held = mine.get("totalElements") != null ? mine.get("totalElements").asLong()
                : mine.get("page").get("totalElements").asLong();

        // One signed-in session per virtual user, made before the clock starts (sign-in is not measured).
        var sessions = new ArrayList<HttpClient>();
        for (int i = 0; i < QUEUE_USERS; i++) {
            sessions.add(signIn("chuyenvien.tinh"));
        }
        var next = new AtomicInteger();
        ThreadLocal<HttpClient> own = ThreadLocal.withInitial(() -> sessions.get(next.getAndIncrement() % QUEUE_USERS));
        Task load = r -> {
            HttpClient session = own.get();
            var page = r.time("GET /work-queue", () -> session.send(HttpRequest.newBuilder(base.resolve("/work-queue"))
                    .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            expect(page, 200);
            if (!page.body().contains("Hồ sơ cần xử lý")) {
                throw new IllegalStateException("the work queue page did not render");
            }
        };
        loop(QUEUE_USERS, Duration.ofSeconds(5), new Recorder("work queue warm-up"), load);
        var recorder = new Recorder("work queue");
        long wall = loop(QUEUE_USERS, Duration.ofSeconds(seconds), recorder, load);
        sessions.forEach(HttpClient::close);
        long[] sorted = recorder.sorted("GET /work-queue");
        tables.add(new Table("Work queue page: %d signed-in sessions of chuyenvien.tinh, %d open tasks held, %d s"
                .formatted(QUEUE_USERS, held, seconds), "Measure", "Value")
                .row("Load average (1 min) just before", "%.2f".formatted(recorder.loadBefore))
                .row("Page loads", sorted.length)
                .row("CPU ms per page (whole JVM)", ms(recorder.cpu / Math.max(1, sorted.length)))
                .row("Pages/s", "%.1f".formatted(sorted.length / (wall / 1e9)))
                .row("p50 / p95 / p99 / max ms", ms(pct(sorted, .50)) + " / " + ms(pct(sorted, .95)) + " / "
                        + ms(pct(sorted, .99)) + " / " + ms(pct(sorted, 1.0)))
                .row("Errors (set-up / measured)", setup.errors.get() + " / " + recorder.errors.get()));
        return setup.errors.get() + recorder.errors.get();
    }

    /** A session of a browser: the sign-in form with its CSRF token, then the session cookie. */
    private HttpClient signIn(String username) {
        var session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            var page = session.send(HttpRequest.newBuilder(base.resolve("/login")).timeout(REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var input = CSRF_INPUT.matcher(page.body());
            var token = input.find() ? VALUE.matcher(input.group()) : null;
            if (token == null || !token.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            var signedIn = session.send(HttpRequest.newBuilder(base.resolve("/login")).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(PASSWORD) + "&_csrf=" + encode(token.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.statusCode());
            }
            return session;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ----- load loop and recording -------------------------------------------------------------------------------

    interface Task {
        void run(Recorder recorder) throws Exception;
    }

    interface Call<T> {
        T call() throws Exception;
    }

    /** Runs the task in a loop on a fixed number of workers until the duration is over; returns the wall time. */
    private static long loop(int workers, Duration duration, Recorder recorder, Task task) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        recorder.loadBefore = os.getSystemLoadAverage();
        long cpuStart = os.getProcessCpuTime();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(workers, Thread.ofVirtual().factory())) {
            for (int i = 0; i < workers; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            task.run(recorder);
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception e) {
                            recorder.error(String.valueOf(e));
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                recorder.error("workers did not stop within a minute after the end");
                pool.shutdownNow();
            }
        }
        recorder.wall = System.nanoTime() - started;
        recorder.cpu = os.getProcessCpuTime() - cpuStart;
        return recorder.wall;
    }

    static final class Recorder {

        final String name;
        final Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();
        final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        volatile long wall;
        /** Processor time of this whole JVM (application and load generator) during the loop. */
        volatile long cpu;
        volatile double loadBefore;

        Recorder(String name) {
            this.name = name;
        }

        <T> T time(String label, Call<T> call) throws Exception {
            long started = System.nanoTime();
            T result = call.call();
            record(label, System.nanoTime() - started);
            requests.incrementAndGet();
            return result;
        }

        void record(String label, long nanos) {
            latencies.computeIfAbsent(label, key -> {
                order.add(key);
                return new ConcurrentLinkedQueue<>();
            }).add(nanos);
        }

        long[] sorted(String label) {
            return latencies.getOrDefault(label, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue)
                    .sorted().toArray();
        }

        void error(String message) {
            if (errors.incrementAndGet() <= 5) {
                System.err.println("[" + name + "] error: " + message);
            }
        }

        Table latencies(String title) {
            var table = new Table(title, "Request", "Count", "p50", "p95", "p99", "max");
            for (String label : order) {
                long[] sorted = sorted(label);
                table.row(label, sorted.length, ms(pct(sorted, .50)), ms(pct(sorted, .95)), ms(pct(sorted, .99)),
                        ms(pct(sorted, 1.0)));
            }
            return table;
        }
    }

    // ----- HTTP helpers ------------------------------------------------------------------------------------------

    private String submitUntimed() {
        try {
            var response = send(HttpRequest.newBuilder(base.resolve("/api/v1/dossiers")).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", authorization("congdan"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            expect(response, 201);
            return JSON.readTree(response.body()).get("code").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private HttpRequest get(String user, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).header("Authorization", authorization(user))
                .GET().build();
    }

    private HttpRequest postJson(String user, String path, String json) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization(user));
        return json.isEmpty() ? builder.POST(HttpRequest.BodyPublishers.noBody()).build()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * Every call carries the user's access token, obtained once with the password (as an app does): the
     * password hash is then checked once per user, not on every call.
     */
    private String authorization(String user) {
        return tokens.computeIfAbsent(user, u -> {
            try {
                var response = send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/tokens")).timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (u + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
                expect(response, 201);
                return "Bearer " + JSON.readTree(response.body()).get("token").asString();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String text = response.body() == null ? "" : response.body();
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
                    + response.statusCode() + ": " + text.substring(0, Math.min(200, text.length())));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long pct(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static String ms(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    // ----- the request body --------------------------------------------------------------------------------------

    private static byte[] multipart(String boundary, byte[] pdf, byte[] png) throws IOException {
        var out = new ByteArrayOutputStream();
        part(out, boundary, "form", null, "application/json", BIRTH_FORM.getBytes(StandardCharsets.UTF_8));
        part(out, boundary, "component-1", "giay-chung-sinh.pdf", "application/pdf", pdf);
        part(out, boundary, "component-2", "giay-uy-quyen.png", "image/png", png);
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, String type,
                             byte[] content) throws IOException {
        String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A one-page PDF with Vietnamese text (Liberation Serif embedded, as the application's own PDFs). */
    private static byte[] pdf() throws IOException {
        byte[] font;
        try (InputStream in = new ClassPathResource("liberation/LiberationSerif-Regular.ttf").getInputStream()) {
            font = in.readAllBytes();
        }
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var type0 = PDType0Font.load(document, new java.io.ByteArrayInputStream(font), true);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 14);
                content.newLineAtOffset(70, 780);
                content.showText("GIẤY CHỨNG SINH – Bệnh viện Đa khoa tỉnh Hòa Bình");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A small PNG (200 × 120, a scanned-looking grey page with a dark band). */
    private static byte[] png() throws IOException {
        var image = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xEEEEEE));
        graphics.fillRect(0, 0, 200, 120);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(20, 20, 160, 12);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
