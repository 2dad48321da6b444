package vn.openprovince.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.openprovince.OpenProvinceApplication;

/**
 * Officials signing in at the start of the working day, over HTTP against the real application.
 *
 * <p>The application runs in this JVM as in production (Tomcat on virtual threads, Thymeleaf, Spring
 * Security with BCrypt, JPA and Flyway), on a fresh H2 file database in a temporary directory with the demo
 * data, listening on 127.0.0.1 only. Each simulated official runs on its own virtual thread with its own
 * cookie-keeping {@link HttpClient}, and does what a person does first thing in the morning: opens the sign-in
 * page (reading the CSRF token from the form), signs in with a demo account (the 15 accounts in turn, always
 * the right password, so the lockout never counts a failure), follows the redirect to the home page (which
 * must greet them by name) and opens the agency list {@value #AGENCY_PAGE_VIEWS} times. All officials of a
 * round start together; one warm-up round is not measured.
 *
 * <p>It measures what users feel (latency of each step: p50, p95, p99, max), what the server sustains
 * (requests per second over the measured rounds), the errors, the start time of the application and its
 * heap after start and after the load. Sign-in is deliberately expensive (BCrypt), so on a small machine it
 * dominates. Every request and round has a time limit, so a hung server fails the run instead of blocking it.
 */
final class SignInLoadBenchmark {

    static final List<String> USERNAMES = List.of("admin", "quantri.tinh", "lanhdao.tinh", "vanthu.tinh",
            "truongphong.tinh", "chuyenvien.tinh", "motcua.tinh", "lanhdao.huyen", "vanthu.huyen", "motcua.huyen",
            "lanhdao.xa", "vanthu.xa", "motcua.xa", "quantri.xa", "vanthu.xa2");
    private static final String PASSWORD = "Demo@2026";
    private static final int AGENCY_PAGE_VIEWS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration ACCOUNTS_TIMEOUT = Duration.ofMinutes(1);
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    /** What is timed: each request kind, and the whole sign-in from opening the page to seeing the home page. */
    enum Step {
        LOGIN_PAGE("GET /login"), SIGN_IN("POST /login"), HOME("GET / (home)"), AGENCIES("GET /admin/agencies"),
        JOURNEY("Sign-in journey (3 requests)");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** The tables to print and the number of errors (warm-up included). */
    record Result(List<Table> tables, long errors) {
    }

    private final int users;
    private final int rounds;

    SignInLoadBenchmark(int users, int rounds) {
        this.users = users;
        this.rounds = rounds;
    }

    Result run() throws Exception {
        Path directory = Files.createTempDirectory("openprovince-bench");
        long startedAt = System.nanoTime();
        ConfigurableApplicationContext context = start(directory);
        try {
            long startNanos = System.nanoTime() - startedAt;
            Map<String, String> names = demoAccountNames(context.getBean(JdbcTemplate.class));
            long heapAfterStart = heapUsedAfterGc();
            URI base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));

            var warmUp = new Recorder();
            round(base, names, warmUp);
            var measured = new Recorder();
            long wallNanos = 0;
            for (int i = 0; i < rounds; i++) {
                wallNanos += round(base, names, measured);
            }
            long heapAfterLoad = heapUsedAfterGc();
            return new Result(List.of(summary(startNanos, heapAfterStart, heapAfterLoad, measured, warmUp, wallNanos),
                    latencies(measured)), warmUp.errors.get() + measured.errors.get());
        } finally {
            context.close();
            deleteRecursively(directory);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        var application = new SpringApplication(OpenProvinceApplication.class);
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("benchmarksMainClassesOnly", new MainClassesOnly()));
        String database = directory.resolve("bench").toAbsolutePath().toString().replace('\\', '/');
        return application.run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--openprovince.demo-data=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    /** The display name of each demo account, once the demo data has opened them all. */
    private static Map<String, String> demoAccountNames(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + ACCOUNTS_TIMEOUT.toNanos();
        while (true) {
            Map<String, String> names = new HashMap<>();
            jdbc.query("select username, display_name from account",
                    row -> { names.put(row.getString(1), row.getString(2)); });
            if (names.keySet().containsAll(USERNAMES)) {
                return names;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The demo accounts were not opened; found " + names.keySet());
            }
            Thread.sleep(200);
        }
    }

    /** One round: every official at once; returns its wall-clock time. */
    private long round(URI base, Map<String, String> names, Recorder recorder) throws InterruptedException {
        var go = new CountDownLatch(1);
        var officials = new ArrayList<Future<?>>();
        long started;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                String username = USERNAMES.get(i % USERNAMES.size());
                officials.add(executor.submit(() -> {
                    go.await();
                    official(base, username, names.get(username), recorder);
                    return null;
                }));
            }
            started = System.nanoTime();
            go.countDown();
            long deadline = started + ROUND_TIMEOUT.toNanos();
            for (var official : officials) {
                try {
                    official.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    official.cancel(true);
                    recorder.error("round time limit of " + ROUND_TIMEOUT + " reached");
                } catch (ExecutionException e) {
                    recorder.error(String.valueOf(e.getCause()));
                }
            }
        }
        return System.nanoTime() - started;
    }

    /** One official's morning: sign in, see the home page, open the agency list; stops at the first failure. */
    private static void official(URI base, String username, String name, Recorder recorder) {
        try (var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()) {
            long journeyStart = System.nanoTime();
            var loginPage = recorder.send(client, Step.LOGIN_PAGE, get(base.resolve("/login")));
            expect(loginPage, 200);
            var input = CSRF_INPUT.matcher(loginPage.body());
            var token = input.find() ? VALUE.matcher(input.group()) : null;
            if (token == null || !token.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "username=" + encode(username) + "&password=" + encode(PASSWORD)
                    + "&_csrf=" + encode(token.group(1));
            var signIn = recorder.send(client, Step.SIGN_IN, HttpRequest.newBuilder(base.resolve("/login"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            expect(signIn, 302);
            URI home = base.resolve(signIn.headers().firstValue("Location").orElse(""));
            if (!"/".equals(home.getPath()) || home.getQuery() != null) {
                throw new IllegalStateException(username + " was not signed in: redirected to " + home);
            }
            var homePage = recorder.send(client, Step.HOME, get(home));
            expect(homePage, 200);
            if (!homePage.body().contains(name)) {
                throw new IllegalStateException("the home page of " + username + " does not show " + name);
            }
            recorder.record(Step.JOURNEY, System.nanoTime() - journeyStart);
            for (int i = 0; i < AGENCY_PAGE_VIEWS; i++) {
                expect(recorder.send(client, Step.AGENCIES, get(base.resolve("/admin/agencies"))), 200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.error(username + ": interrupted");
        } catch (Exception e) {
            recorder.error(username + ": " + e);
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath()
                    + " answered " + response.statusCode() + " instead of " + status);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Table summary(long startNanos, long heapAfterStart, long heapAfterLoad, Recorder measured,
                          Recorder warmUp, long wallNanos) {
        long requests = measured.requests.get();
        double seconds = wallNanos / 1e9;
        return new Table("Sign-in load (HTTP, %d concurrent officials, %d measured rounds after 1 warm-up)"
                .formatted(users, rounds), "Measure", "Value")
                .row("Application start (SpringApplication.run to ready)", "%.1f s".formatted(startNanos / 1e9))
                .row("Officials signed in (measured)", measured.latencies.get(Step.JOURNEY).size())
                .row("Requests (measured)", requests)
                .row("Wall time of the measured rounds", "%.1f s".formatted(seconds))
                .row("Throughput", "%.1f requests/s".formatted(requests / seconds))
                .row("Sign-ins per second", "%.1f".formatted(measured.latencies.get(Step.SIGN_IN).size() / seconds))
                .row("Errors (measured / warm-up)", measured.errors.get() + " / " + warmUp.errors.get())
                .row("Heap used after start (after GC)", "%d MiB".formatted(heapAfterStart >> 20))
                .row("Heap used after the load (after GC)", "%d MiB".formatted(heapAfterLoad >> 20));
    }

    private static Table latencies(Recorder measured) {
        var table = new Table("Sign-in load: latency per step (ms)", "Step", "Count", "p50", "p95", "p99", "max");
        for (Step step : Step.values()) {
            long[] sorted = measured.latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            table.row(step.label, sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)),
                    millis(percentile(sorted, 0.99)), millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        }
        return table;
    }

    /** Nearest-rank percentile of sorted values, 0 when there are none. */
    private static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String millis(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    private static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Latencies in nanoseconds per step, requests answered and errors, filled by many threads at once. */
    private static final class Recorder {

        private static final int ERRORS_SHOWN = 5;

        final Map<Step, Queue<Long>> latencies = new EnumMap<>(Step.class);
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();

        Recorder() {
            for (Step step : Step.values()) {
                latencies.put(step, new ConcurrentLinkedQueue<>());
            }
        }

        HttpResponse<String> send(HttpClient client, Step step, HttpRequest request)
                throws IOException, InterruptedException {
            long start = System.nanoTime();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            record(step, System.nanoTime() - start);
            requests.incrementAndGet();
            return response;
        }

        void record(Step step, long nanos) {
            latencies.get(step).add(nanos);
        }

        void error(String message) {
            if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                System.err.println("[sign-in load] error: " + message);
            }
        }
    }

    /**
     * Keeps every class of the test sources (compiled into the same directory as the benchmarks) out of the
     * application's component scan, so the application measured is the one that ships. Spring Boot's test
     * support already leaves out {@code @TestConfiguration} classes; this also covers any other component a
     * test might declare.
     */
    /** Leaves out the test classes (the benchmarks run on the test class path). */
    static final class MainClassesOnly extends TypeExcludeFilter {

        private final String testClasses =
                SignInLoadBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().startsWith(testClasses);
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
