package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.openprovince.document.internal.IssueInput;
import vn.openprovince.document.internal.IssuedNumber;
import vn.openprovince.document.internal.OutgoingDraft;
import vn.openprovince.document.internal.OutgoingService;
import vn.openprovince.document.internal.ReviewInput;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Two clerks issuing at the same instant never get the same number, and no number is skipped: 50
 * threads issue 50 approved documents of one agency at once (on H2 and on PostgreSQL).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentIssueTests {

    private static final int DOCUMENTS = 50;

    @Autowired
    OutgoingService outgoing;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentIssuesGetFiftyDistinctConsecutiveNumbers() throws Exception {
        UUID commune = directory.agenciesOfUnit("04789").getFirst().id().value();
        UUID leader = directory.officialByEmail("lanhdao.xa@demo.openprovince.vn").orElseThrow().id();
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < DOCUMENTS; i++) {
            int n = i;
            UUID id = as("quantri.xa", () -> outgoing.draft(new OutgoingDraft(null, DocumentType.THONG_BAO,
                    "Thông báo lịch tiếp công dân số " + n, null, null, null, null, null, null, null, null, null),
                    "thong-bao.docx", SamplePdfs.docx("Thông báo " + n)).id());
            as("quantri.xa", () -> outgoing.submit(id, List.of(leader)));
            as("lanhdao.xa", () -> outgoing.review(id, new ReviewInput(ReviewInput.Decision.APPROVE, null)));
            ids.add(id);
        }
        var recipients = new IssueInput(List.of(new IssueInput.RecipientInput(null, "Các thôn, xóm", null)), true);

        var start = new CountDownLatch(1);
        var issues = new ArrayList<Callable<IssuedNumber>>();
        for (UUID id : ids) {
            issues.add(() -> {
                start.await();
                return as("vanthu.xa", () -> outgoing.issue(id, recipients));
            });
        }
        var numbers = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(DOCUMENTS)) {
            var futures = new ArrayList<Future<IssuedNumber>>();
            for (var issue : issues) {
                futures.add(pool.submit(issue));
            }
            start.countDown();
            for (var future : futures) {
                IssuedNumber issued = future.get(120, TimeUnit.SECONDS);
                assertThat(issued.symbol()).isEqualTo("TB-UBND");
                numbers.add(Integer.parseInt(issued.number()));
            }
        }

        assertThat(numbers).doesNotHaveDuplicates().hasSize(DOCUMENTS);
        int first = numbers.stream().min(Integer::compare).orElseThrow();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(first, first + DOCUMENTS).boxed().toList());
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(jdbc.queryForObject("select last_number from number_sequence where agency_id = ? and series = ? "
                + "and sequence_year = ?", Integer.class, commune, "ADMINISTRATIVE", year)).isEqualTo(first + DOCUMENTS - 1);
    }

    private <T> T as(String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
