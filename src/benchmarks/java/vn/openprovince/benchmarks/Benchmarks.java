package vn.openprovince.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks and prints their results as Markdown tables, with the facts of the machine they ran on.
 * Started by {@code ./mvnw -Pbenchmarks verify} (see docs/benchmarks.md), never by the tests.
 *
 * <p>System properties: {@code benchmarks} ({@code all}, or a comma-separated list of {@code deadline},
 * {@code login}, {@code signing}, {@code validation}, {@code documents} and {@code exchange}), {@code benchmarks.packages}
 * (edXML packages the exchange benchmark delivers between two platforms, default 2,000), {@code benchmarks.documents} (incoming
 * documents to register, default 10,000), {@code benchmarks.threads} (registering threads, default 2),
 * {@code benchmarks.searches} (default 200), for {@code submissions}, {@code portal} and {@code processing}
 * (never part of {@code all}: they need PostgreSQL) {@code benchmarks.datasource.url} (a PostgreSQL database that
 * is emptied first), {@code benchmarks.seconds} (measured seconds per load level, default 20),
 * {@code benchmarks.processing.workers} (default 8) and {@code benchmarks.tasks} (open tasks for the work queue,
 * default 100), {@code benchmarks.users} (concurrent officials, default 50), {@code benchmarks.rounds}
 * (measured rounds, default 5) and {@code benchmarks.report} (a file to write the tables to as well).
 * Exits with status 1 when the load test saw errors.
 */
public final class Benchmarks {

    private static final Set<String> KNOWN = Set.of("all", "deadline", "login", "signing", "validation", "documents",
            "exchange", "submissions", "portal", "processing");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> selected = Arrays.stream(System.getProperty("benchmarks", "all").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        if (selected.isEmpty() || !KNOWN.containsAll(selected)) {
            System.err.println("Unknown benchmarks " + selected + "; choose from " + KNOWN);
            System.exit(2);
        }
        int users = bounded("benchmarks.users", 50, 1, 500);
        int rounds = bounded("benchmarks.rounds", 5, 1, 50);
        boolean all = selected.contains("all");

        List<Table> tables = new ArrayList<>();
        tables.add(machine());
        long errors = 0;
        if (all || selected.contains("deadline")) {
            tables.add(DeadlineBenchmark.run());
        }
        if (all || selected.contains("signing") || selected.contains("validation")) {
            boolean signing = all || selected.contains("signing");
            boolean validation = all || selected.contains("validation");
            tables.add(SignatureBenchmark.run(signing, validation));
            tables.add(SignatureBenchmark.processorTime(signing, validation));
        }
        if (all || selected.contains("login")) {
            var result = new SignInLoadBenchmark(users, rounds).run();
            tables.addAll(result.tables());
            errors += result.errors();
        }

        if (all || selected.contains("documents")) {
            tables.addAll(new DocumentBenchmark(bounded("benchmarks.documents", 10_000, 10, 1_000_000),
                    bounded("benchmarks.threads", 2, 1, 64), bounded("benchmarks.searches", 200, 10, 100_000)).run());
        }

        if (all || selected.contains("exchange")) {
            tables.addAll(new ExchangeBenchmark(bounded("benchmarks.packages", 2_000, 10, 100_000)).run());
        }

        boolean submissions = selected.contains("submissions");
        boolean portal = selected.contains("portal");
        boolean processing = selected.contains("processing");
        if (submissions || portal || processing) {
            String url = System.getProperty("benchmarks.datasource.url", "");
            if (!url.startsWith("jdbc:postgresql:")) {
                System.err.println("-Dbenchmarks.datasource.url=jdbc:postgresql://... is required (the database is emptied)");
                System.exit(2);
            }
            var result = new DossierLoadBenchmark(url, bounded("benchmarks.seconds", 20, 5, 120),
                    bounded("benchmarks.processing.workers", 8, 1, 64), bounded("benchmarks.tasks", 100, 1, 2000))
                    .run(submissions, portal, processing);
            tables.addAll(result.tables());
            errors += result.errors();
        }

        String report = tables.stream().map(Table::render).collect(Collectors.joining("\n"));
        System.out.println("\n" + report);
        String file = System.getProperty("benchmarks.report", "");
        if (!file.isBlank()) {
            write(Path.of(file), report);
        }
        if (errors > 0) {
            System.err.println("The load test saw " + errors + " errors.");
            System.exit(1);
        }
        // The application and the HTTP clients are closed; exit explicitly in case a library left a thread.
        System.exit(0);
    }

    private static Table machine() {
        var runtime = Runtime.getRuntime();
        return new Table("Machine", "Fact", "Value")
                .row("Date (UTC)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .row("Cores (available processors)", runtime.availableProcessors())
                .row("Load average (1 min) before the run",
                        "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .row("Max heap", (runtime.maxMemory() >> 20) + " MiB")
                .row("Java", System.getProperty("java.vm.name") + " " + Runtime.version())
                .row("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static int bounded(String property, int defaultValue, int min, int max) {
        int value = Integer.getInteger(property, defaultValue);
        if (value < min || value > max) {
            throw new IllegalArgumentException("%s must be %d to %d, not %d".formatted(property, min, max, value));
        }
        return value;
    }

    private static void write(Path file, String report) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report);
        System.out.println("Written to " + file);
    }
}
