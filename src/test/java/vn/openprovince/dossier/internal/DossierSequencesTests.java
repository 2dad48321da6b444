package vn.openprovince.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Concurrent submissions to one receiving unit on one day never get the same number (H2 and PostgreSQL). */
@SpringBootTest
@AutoConfigureMockMvc // not used: shares the cached context (and its connection pool) of the API tests
class DossierSequencesTests {

    @Autowired
    Circular01CodeGenerator codes;

    @Test
    void concurrentSubmissionsNeverShareACode() throws Exception {
        String unit = "TEST." + System.nanoTime();
        LocalDate day = LocalDate.of(2026, 12, 1);
        int threads = 8;
        int perThread = 25;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(codes.next(unit, day));
                    }
                    return mine;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (var result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
            assertThat(all).contains(unit + "-261201-0001", unit + "-261201-0200");
        }
    }

    @Test
    void eachUnitAndDayHasItsOwnSequence() {
        String unit = "TEST." + System.nanoTime();
        assertThat(codes.next(unit, LocalDate.of(2026, 12, 1))).endsWith("-261201-0001");
        assertThat(codes.next(unit, LocalDate.of(2026, 12, 2))).endsWith("-261202-0001");
        assertThat(codes.next(unit + "X", LocalDate.of(2026, 12, 1))).endsWith("-261201-0001");
        assertThat(codes.next(unit, LocalDate.of(2026, 12, 1))).endsWith("-261201-0002");
    }
}
