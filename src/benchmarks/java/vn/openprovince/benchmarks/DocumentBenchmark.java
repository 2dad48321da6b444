package vn.openprovince.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.openprovince.OpenProvinceApplication;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.internal.DocumentSearch;
import vn.openprovince.document.internal.IncomingRegistration;
import vn.openprovince.document.internal.IncomingService;

/**
 * Registering incoming documents and searching them, in process against the real use cases (PDF checks
 * and text extraction with PDFBox, the locked arrival-number series, the audit chain, the folded search
 * text), on a fresh H2 file database with the demo data. The HTTP layer is left out on purpose: through the
 * API every call would also pay a BCrypt check of the HTTP Basic password, which would be all one measures.
 *
 * <p>{@code benchmarks.documents} documents (one-page PDFs with Vietnamese text, each different) are
 * registered by the clerk of the Office of the Provincial People's Committee from {@code benchmarks.threads}
 * threads; then {@code benchmarks.searches} searches of words from the texts (without diacritics) run as
 * the clerk, and their latencies are reported.
 */
final class DocumentBenchmark {

    private static final String[] WORDS = {"quy hoạch", "đất đai", "ngân sách", "giáo dục", "y tế", "giao thông",
            "thủy lợi", "thiên tai", "môi trường", "khoáng sản", "du lịch", "văn hóa", "nông thôn mới", "biên chế",
            "cải cách hành chính", "chuyển đổi số", "an ninh", "xây dựng", "tài nguyên", "lao động"};

    private final int documents;
    private final int threads;
    private final int searches;

    DocumentBenchmark(int documents, int threads, int searches) {
        this.documents = documents;
        this.threads = threads;
        this.searches = searches;
    }

    List<Table> run() throws Exception {
        Path directory = Files.createTempDirectory("openprovince-bench-documents");
        String database = directory.resolve("bench").toAbsolutePath().toString().replace('\\', '/');
        var application = new SpringApplication(OpenProvinceApplication.class);
        application.addInitializers(initializing -> initializing.getBeanFactory()
                .registerSingleton("benchmarksMainClassesOnly", new SignInLoadBenchmark.MainClassesOnly()));
        ConfigurableApplicationContext context = application.run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--openprovince.demo-data=true", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            var users = context.getBean(UserDetailsService.class);
            var incoming = context.getBean(IncomingService.class);
            var search = context.getBean(DocumentSearch.class);
            byte[] font = readFont();
            LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);

            var jobs = new ArrayList<Callable<Long>>();
            int perThread = documents / threads;
            for (int t = 0; t < threads; t++) {
                int thread = t;
                jobs.add(() -> {
                    signIn(users, "vanthu.tinh");
                    var random = new Random(thread);
                    long busy = 0;
                    for (int i = 0; i < perThread; i++) {
                        String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                        byte[] pdf = pdf(font, "Công văn số " + thread + "-" + i, "V/v " + words,
                                "Nội dung về " + words + ", đợt " + random.nextInt(100_000));
                        var input = new IncomingRegistration(null, "Sở Kế hoạch và Đầu tư", null,
                                thread + "-" + i + "/SKHĐT-TH", yesterday, DocumentType.CONG_VAN,
                                "V/v báo cáo " + WORDS[random.nextInt(WORDS.length)], null, null, null, null, null,
                                null, null, null);
                        long start = System.nanoTime();
                        incoming.register(input, "cong-van.pdf", pdf);
                        busy += System.nanoTime() - start;
                    }
                    SecurityContextHolder.clearContext();
                    return busy;
                });
            }
            long wall = System.nanoTime();
            long busy = 0;
            try (var pool = Executors.newFixedThreadPool(threads)) {
                for (var result : pool.invokeAll(jobs, 6, TimeUnit.HOURS)) {
                    busy += result.get();
                }
            }
            wall = System.nanoTime() - wall;
            int registered = perThread * threads;

            signIn(users, "vanthu.tinh");
            var random = new Random(42);
            long[] latencies = new long[searches];
            long hits = 0;
            for (int i = 0; i < searches; i++) {
                String q = vn.openprovince.organization.VietnameseText.fold(WORDS[random.nextInt(WORDS.length)]);
                long start = System.nanoTime();
                hits += search.search(q, 0, 20).totalElements();
                latencies[i] = System.nanoTime() - start;
            }
            SecurityContextHolder.clearContext();
            Arrays.sort(latencies);

            return List.of(new Table("Document registration (in process, %d threads)".formatted(threads),
                            "Measure", "Value")
                            .row("Documents registered", registered)
                            .row("Wall time", "%.1f s".formatted(wall / 1e9))
                            .row("Throughput", "%.1f documents/s".formatted(registered / (wall / 1e9)))
                            .row("Mean time of one registration (in its thread)",
                                    "%.1f ms".formatted(busy / 1e6 / registered)),
                    new Table("Search over %d documents (%d queries of one folded phrase, page of 20)"
                            .formatted(registered, searches), "Measure", "Value")
                            .row("p50", "%.1f ms".formatted(latencies[searches / 2] / 1e6))
                            .row("p95", "%.1f ms".formatted(latencies[(int) (searches * 0.95)] / 1e6))
                            .row("max", "%.1f ms".formatted(latencies[searches - 1] / 1e6))
                            .row("Mean hits per query", hits / searches));
        } finally {
            context.close();
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static void signIn(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    private static byte[] pdf(byte[] font, String... lines) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var type0 = PDType0Font.load(document, new java.io.ByteArrayInputStream(font));
            try (var content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(type0, 13);
                    content.newLineAtOffset(70, y);
                    content.showText(line);
                    content.endText();
                    y -= 20;
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] readFont() throws IOException {
        try (InputStream in = new ClassPathResource("liberation/LiberationSerif-Regular.ttf").getInputStream()) {
            return in.readAllBytes();
        }
    }
}
