package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * An advisory body (Hội đồng, Ban, Tổ) that issues documents under its agency's seal numbers them
 * in its own series, and its abbreviation stands in the symbol (Decree 30 Art. 15).
 */
@SpringBootTest
class AdvisoryBodySeriesTests {

    private static final AdvisoryBody COUNCIL = new AdvisoryBody("Hội đồng Thi đua - Khen thưởng phường", "HĐTĐKT");

    @Autowired
    OutgoingService outgoing;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdvisoryBodyNumbersItsDocumentsInItsOwnSeriesWithItsAbbreviation() {
        var first = issue(COUNCIL, "Quyết định khen thưởng tập thể lao động tiên tiến");
        var agencysOwn = issue(null, "Quyết định thành lập tổ công tác");
        var second = issue(COUNCIL, "Quyết định khen thưởng cá nhân xuất sắc");

        assertThat(first.symbol()).isEqualTo("QĐ-HĐTĐKT");
        assertThat(Integer.parseInt(second.number())).isEqualTo(Integer.parseInt(first.number()) + 1);
        assertThat(agencysOwn.symbol()).isEqualTo("QĐ-UBND");
        UUID ward = directory.agenciesOfUnit("04789").getFirst().id().value();
        assertThat(jdbc.queryForObject("select count(*) from number_sequence where agency_id = ? and series = ?",
                Integer.class, ward, "BODY-HĐTĐKT")).isEqualTo(1);
    }

    @Test
    void anAdvisoryBodyWithoutANameOrWithASpaceInItsAbbreviationIsRefused() {
        for (var body : List.of(new AdvisoryBody(null, "HĐTĐKT"), new AdvisoryBody("Ban chỉ đạo", "BCĐ 35"),
                new AdvisoryBody("Ban chỉ đạo", "BCĐ-35"))) {
            assertThatThrownBy(() -> draft(body, "Quyết định"))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.error()).isEqualTo(DocumentError.DOC_INVALID_ADVISORY_BODY));
        }
    }

    private IssuedNumber issue(AdvisoryBody body, String summary) {
        UUID leader = directory.officialByEmail("lanhdao.xa@demo.openprovince.vn").orElseThrow().id();
        UUID id = draft(body, summary);
        as("quantri.xa", () -> outgoing.submit(id, List.of(leader)));
        as("lanhdao.xa", () -> outgoing.review(id, new ReviewInput(ReviewInput.Decision.APPROVE, null)));
        var recipients = new IssueInput(List.of(new IssueInput.RecipientInput(null, "Các tổ dân phố", null)), false);
        return as("vanthu.xa", () -> outgoing.issue(id, recipients));
    }

    private UUID draft(AdvisoryBody body, String summary) {
        return as("quantri.xa", () -> outgoing.draft(new OutgoingDraft(null, DocumentType.QUYET_DINH, summary,
                null, null, null, null, null, null, null, body, null), "quyet-dinh.docx", SamplePdfs.docx(summary)).id());
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
