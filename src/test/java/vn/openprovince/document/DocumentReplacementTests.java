package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.document.internal.IssueInput;
import vn.openprovince.document.internal.IssuedNumber;
import vn.openprovince.document.internal.OutgoingDraft;
import vn.openprovince.document.internal.OutgoingService;
import vn.openprovince.document.internal.OutgoingStatus;
import vn.openprovince.document.internal.ReviewInput;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Văn bản thay thế (DOMAIN §1.7): content errors of an issued document are fixed by a replacement of
 * equivalent form; once it is issued the original is frozen as replaced, its metadata kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DocumentReplacementTests {

    @Autowired
    OutgoingService outgoing;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvcTester mvc;

    @Test
    void issuingAReplacementMarksTheOriginalReplacedWithTheLinkBothWaysAndPublishesTheEvent() {
        var original = issue(draft("Quyết định phê duyệt danh sách hộ nghèo", null));
        UUID replacementId = draft("Quyết định phê duyệt danh sách hộ nghèo (thay thế)", original.id());
        assertThat(as("quantri.xa", () -> outgoing.get(replacementId)).replaces().id()).isEqualTo(original.id());

        var replacement = issue(replacementId);

        var replaced = as("vanthu.xa", () -> outgoing.get(original.id()));
        assertThat(replaced.status()).isEqualTo(OutgoingStatus.REPLACED);
        assertThat(replaced.numberAndSymbol()).isEqualTo(original.numberAndSymbol());
        assertThat(replaced.summary()).isEqualTo("Quyết định phê duyệt danh sách hộ nghèo");
        assertThat(replaced.edxmlDocumentId()).isEqualTo(original.documentId());
        assertThat(replaced.replacedBy().id()).isEqualTo(replacement.id());
        assertThat(replaced.replacedBy().numberAndSymbol()).isEqualTo(replacement.numberAndSymbol());
        assertThat(replaced.replacedBy().at()).isNotNull();
        var view = as("vanthu.xa", () -> outgoing.get(replacement.id()));
        assertThat(view.status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(view.replaces().id()).isEqualTo(original.id());
        assertThat(view.replaces().numberAndSymbol()).isEqualTo(original.numberAndSymbol());
        assertThat(view.replacedBy()).isNull();

        assertThat(events.stream(DocumentReplaced.class)
                .filter(e -> e.replacedDocumentId().equals(original.id())).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.replacementDocumentId()).isEqualTo(replacement.id());
                    assertThat(e.agencyId().value()).isEqualTo(replaced.agencyId());
                    assertThat(e.replacedEdxmlDocumentId()).isEqualTo(original.documentId());
                    assertThat(e.replacementEdxmlDocumentId()).isEqualTo(replacement.documentId());
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?",
                Integer.class, "outgoing.replaced", original.id().toString())).isEqualTo(1);
    }

    @Test
    void replacingARecalledOrAlreadyReplacedDocumentIsRefused() {
        var recalled = issue(draft("Thông báo sẽ bị thu hồi", null));
        as("vanthu.xa", () -> outgoing.recall(recalled.id(), "Ban hành nhầm"));
        refused(() -> draft("Thay thế văn bản đã thu hồi", recalled.id()), DocumentError.DOC_NOT_REPLACEABLE);

        var original = issue(draft("Quyết định có sai sót", null));
        UUID first = draft("Quyết định thay thế thứ nhất", original.id());
        UUID second = draft("Quyết định thay thế thứ hai", original.id());
        issue(first);
        refused(() -> draft("Thay thế văn bản đã được thay thế", original.id()), DocumentError.DOC_NOT_REPLACEABLE);
        // A second draft named it before the first replacement was issued: its issue is refused, unnumbered.
        refused(() -> issue(second), DocumentError.DOC_NOT_REPLACEABLE);
        assertThat(as("quantri.xa", () -> outgoing.get(second)).status()).isEqualTo(OutgoingStatus.APPROVED);

        refused(() -> draft("Thay thế văn bản không có", UUID.randomUUID()), DocumentError.DOC_UNKNOWN_DOCUMENT);
        UUID draftOnly = draft("Một dự thảo chưa ban hành", null);
        refused(() -> draft("Thay thế một dự thảo", draftOnly), DocumentError.DOC_NOT_REPLACEABLE);
    }

    @Test
    void theReplacedDocumentRefusesRecallAfterwards() {
        var original = issue(draft("Kế hoạch có sai sót", null));
        issue(draft("Kế hoạch thay thế", original.id()));

        assertThat(as("vanthu.xa", () -> outgoing.nextActions(original.id())).recall()).isFalse();
        refused(() -> as("vanthu.xa", () -> outgoing.recall(original.id(), "Thu hồi")), DocumentError.DOC_WRONG_STATUS);
        assertThat(as("vanthu.xa", () -> outgoing.get(original.id())).status()).isEqualTo(OutgoingStatus.REPLACED);
    }

    @Test
    void theApiAndThePagesShowTheLinkBothWays() {
        var original = issue(draft("Thông báo lịch họp có sai sót", null));
        var replacement = issue(draft("Thông báo lịch họp (thay thế)", original.id()));

        assertThat(mvc.get().uri("/api/v1/documents/outgoing/{id}", original.id())
                .with(httpBasic("vanthu.xa", "Demo@2026"))).bodyJson().extractingPath("$.replacedBy.id")
                .isEqualTo(replacement.id().toString());
        assertThat(mvc.get().uri("/api/v1/documents/outgoing/{id}", replacement.id())
                .with(httpBasic("vanthu.xa", "Demo@2026"))).bodyJson().extractingPath("$.replaces.numberAndSymbol")
                .isEqualTo(original.numberAndSymbol());
        var clerk = users.loadUserByUsername("vanthu.xa");
        assertThat(mvc.get().uri("/documents/outgoing/{id}", original.id()).with(user(clerk))).hasStatusOk()
                .bodyText().contains("/documents/outgoing/" + replacement.id(), replacement.numberAndSymbol());
        assertThat(mvc.get().uri("/documents/outgoing/{id}", replacement.id()).with(user(clerk))).hasStatusOk()
                .bodyText().contains("/documents/outgoing/" + original.id(), original.numberAndSymbol());
    }

    private static void refused(Runnable action, DocumentError code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.error()).isEqualTo(code));
    }

    private IssuedNumber issue(UUID id) {
        UUID leader = directory.officialByEmail("lanhdao.xa@demo.openprovince.vn").orElseThrow().id();
        if (as("quantri.xa", () -> outgoing.get(id)).status() == OutgoingStatus.DRAFT) {
            as("quantri.xa", () -> outgoing.submit(id, List.of(leader)));
            as("lanhdao.xa", () -> outgoing.review(id, new ReviewInput(ReviewInput.Decision.APPROVE, null)));
        }
        var recipients = new IssueInput(List.of(new IssueInput.RecipientInput(null, "Các tổ dân phố", null)), false);
        return as("vanthu.xa", () -> outgoing.issue(id, recipients));
    }

    private UUID draft(String summary, UUID replaces) {
        return as("quantri.xa", () -> outgoing.draft(new OutgoingDraft(null, DocumentType.QUYET_DINH, summary,
                null, null, null, null, null, null, null, null, replaces), "quyet-dinh.docx",
                SamplePdfs.docx(summary)).id());
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
