package vn.openprovince.benchmarks;

import eu.europa.esig.dss.validation.reports.Reports;
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
import vn.openprovince.signature.internal.SignatureBench;

/**
 * PAdES signing and validation in process (JMH, operations per second, with 1 and with 2 threads): every
 * outgoing document is signed twice (leader, then agency) and every incoming one is validated, so these
 * rates bound what one node handles.
 *
 * <p>The module's own code without Spring and the database ({@link SignatureBench}): a PKCS#12 key held
 * unlocked (as the platform holds it for 10 minutes after opening it) or opened for each signature, a one-page Decree 30 letter signed PAdES-BASELINE-B with
 * SHA-256 and RSA 2048, with the signature image (as a leader signs) and without any appearance; and
 * offline validation of the signed letter (no CRL, OCSP or AIA fetching; revocation reported as not
 * checked) against one trusted root, with the simple, detailed and ETSI reports DSS builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SignatureBenchmark {

    private SignatureBench bench;

    @Setup
    public void setUp() {
        bench = new SignatureBench();
    }

    /** A leader's signature: the blue signature image between the position and the name lines. */
    @Benchmark
    public byte[] signWithImage() {
        return bench.sign(true, false);
    }

    /** A signature without appearance: the cryptographic and PDF work alone. */
    @Benchmark
    public byte[] signInvisible() {
        return bench.sign(false, false);
    }

    /** The same, opening (MAC check, key decryption) the PKCS#12 keystore for this signature alone. */
    @Benchmark
    public byte[] signInvisibleOpeningKeystore() {
        return bench.sign(false, true);
    }

    @Benchmark
    public Reports validate() {
        return bench.validate();
    }

    /**
     * Processor time per operation, measured on one thread with {@link java.lang.management.ThreadMXBean}: on a
     * machine that other builds share, throughput swings with their load, while the processor time an operation
     * needs hardly does. {@code 1000 / ms} is then what one free core would do per second.
     */
    static Table processorTime(boolean signing, boolean validation) {
        var bench = new SignatureBench();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var table = new Table("PAdES signing and validation: processor time per operation (1 thread, 300 calls "
                + "after 200 warm-up calls)", "Operation", "CPU ms/op", "wall ms/op", "ops/s per free core");
        var operations = new java.util.LinkedHashMap<String, Runnable>();
        if (signing) {
            operations.put("signWithImage", () -> bench.sign(true, false));
            operations.put("signInvisible", () -> bench.sign(false, false));
            operations.put("signInvisibleOpeningKeystore", () -> bench.sign(false, true));
        }
        if (validation) {
            operations.put("validate", bench::validate);
        }
        operations.forEach((name, operation) -> {
            for (int i = 0; i < 200; i++) {
                operation.run();
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                operation.run();
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / 300;
            double wallMs = (System.nanoTime() - wall) / 1e6 / 300;
            table.row(name, "%.2f".formatted(cpuMs), "%.2f".formatted(wallMs), "%.0f".formatted(1000 / cpuMs));
        });
        return table;
    }

    /** Runs the selected benchmarks ({@code sign*}, {@code validate}) with 1 and with 2 threads. */
    static Table run(boolean signing, boolean validation) throws RunnerException {
        var table = new Table("PAdES signing and validation (JMH, in process, one-page PDF)",
                "Benchmark", "Threads", "ops/s", "± error (99.9 %)", "ms/op per thread");
        String pattern = signing && validation ? "\\.(sign.*|validate)$" : signing ? "\\.sign.*$" : "\\.validate$";
        for (int threads : new int[] {1, 2}) {
            var options = new OptionsBuilder().include(SignatureBenchmark.class.getName() + pattern)
                    .threads(threads).build();
            for (RunResult result : new Runner(options).run()) {
                var score = result.getPrimaryResult();
                String label = result.getParams().getBenchmark();
                table.row(label.substring(label.lastIndexOf('.') + 1), threads, "%.1f".formatted(score.getScore()),
                        "%.1f".formatted(score.getScoreError()), "%.2f".formatted(1000.0 * threads / score.getScore()));
            }
        }
        return table;
    }
}
