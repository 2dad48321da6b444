package vn.openprovince.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.LunarDate;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.internal.InMemorySchedule;

/**
 * Deadline computation in process (JMH, average time per call in µs): every dossier appointment and
 * document handling deadline goes through {@link WorkingCalendar}, so list pages and reports that show many
 * deadlines multiply its cost.
 *
 * <p>The calendar is the province's, built without Spring on the in-memory schedule of the calendar tests
 * (empty: holidays by rule only, default working hours), so the numbers are the arithmetic alone, without
 * the schedule's and working hours' database queries of the running application. The starting instants are
 * 1,024 random minutes of 2025 to 2027 (Tết and the other holidays included), cycled so the JIT cannot fold
 * a constant input; {@link LunarCalendar#toLunar} is measured on its own because the holiday rules rest on it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DeadlineBenchmark {

    private static final int SAMPLES = 1024;

    private WorkingCalendar calendar;
    private Optional<LocalTime> cutoff;
    private final Instant[] starts = new Instant[SAMPLES];
    private final LocalDate[] dates = new LocalDate[SAMPLES];
    private int next;

    @Setup
    public void setUp() {
        calendar = new InMemorySchedule().calendar().workingCalendar();
        cutoff = calendar.defaultCutoff();
        ZoneId zone = calendar.zone();
        var random = new Random(2026);
        LocalDate first = LocalDate.of(2025, 1, 1);
        int days = (int) (LocalDate.of(2028, 1, 1).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < SAMPLES; i++) {
            dates[i] = first.plusDays(random.nextInt(days));
            starts[i] = dates[i].atTime(LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L)).atZone(zone).toInstant();
        }
    }

    private int nextIndex() {
        next = (next + 1) & (SAMPLES - 1);
        return next;
    }

    /** A typical one-stop procedure: due 10 working days after the reception day. */
    @Benchmark
    public Instant deadlineIn10WorkingDays() {
        return calendar.deadlineInWorkingDays(starts[nextIndex()], 10, cutoff, null);
    }

    /** A long procedure (land, construction): 60 working days, usually across a holiday. */
    @Benchmark
    public Instant deadlineIn60WorkingDays() {
        return calendar.deadlineInWorkingDays(starts[nextIndex()], 60, cutoff, null);
    }

    /** An urgent document: 8 working hours through the sessions. */
    @Benchmark
    public Instant deadlineIn8WorkingHours() {
        return calendar.deadlineInWorkingHours(starts[nextIndex()], 8, cutoff, null);
    }

    /** A week of working hours (40 h). */
    @Benchmark
    public Instant deadlineIn40WorkingHours() {
        return calendar.deadlineInWorkingHours(starts[nextIndex()], 40, cutoff, null);
    }

    /** One solar to lunar conversion, computed astronomically and not cached. */
    @Benchmark
    public LunarDate toLunar() {
        return LunarCalendar.toLunar(dates[nextIndex()]);
    }

    /** Runs the benchmarks above in a forked JVM and returns their scores. */
    static Table run() throws RunnerException {
        var options = new OptionsBuilder().include(DeadlineBenchmark.class.getName() + "\\.").build();
        var table = new Table("Deadline computation (JMH, in process, average time per call)",
                "Benchmark", "µs/op", "± error (99.9 %)", "Iterations");
        for (RunResult result : new Runner(options).run()) {
            var score = result.getPrimaryResult();
            String label = result.getParams().getBenchmark();
            table.row(label.substring(label.lastIndexOf('.') + 1), "%.3f".formatted(score.getScore()),
                    "%.3f".formatted(score.getScoreError()), score.getStatistics().getN());
        }
        return table;
    }
}
