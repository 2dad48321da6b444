package vn.openprovince.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;

/** The state changes of incoming and outgoing documents guard their own preconditions. */
class ProcessingRulesTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant ARRIVED = LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZONE).toInstant();
    private static final LocalDate IN_A_WEEK = LocalDate.of(2026, 3, 17);

    private final UUID economy = UUID.randomUUID();
    private final UUID culture = UUID.randomUUID();
    private final Actor clerk = new Actor(UUID.randomUUID(), "Văn thư", null);
    private final Actor leader = new Actor(UUID.randomUUID(), "Lãnh đạo", null);
    private final Actor head = new Actor(UUID.randomUUID(), "Trưởng phòng", economy);
    private final Actor specialist = new Actor(UUID.randomUUID(), "Chuyên viên", economy);

    private IncomingDocument anIncomingDocument() {
        var input = new IncomingRegistration(null, "Bộ Nội vụ", null, "15/QĐ-BNV", LocalDate.of(2026, 3, 5),
                DocumentType.QUYET_DINH, "Về việc giao chỉ tiêu biên chế", null, null, Urgency.NORMAL,
                Secrecy.NORMAL, 2, null, null, null);
        var file = new StoredFile(new InspectedFile("a.pdf", InspectedFile.PDF, new byte[] {1}, "00", 1, "nội dung"),
                ARRIVED);
        return new IncomingDocument(UUID.randomUUID(), input, 2026, 1, ARRIVED, ARRIVED, clerk, file, "a.pdf");
    }

    private Direction toEconomyLeadingWithCultureSupporting(LocalDate deadline) {
        return new Direction(new Direction.Unit(economy, "Phòng Kinh tế", deadline, "Chủ trì tham mưu"),
                List.of(new Direction.Unit(culture, "Phòng Văn hóa - Xã hội", deadline, "Phối hợp")), List.of());
    }

    private static void assertRejected(Runnable action, DocumentError error) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void directionNeedsALeadUnitAndDeadlinesNotBeforeArrival() {
        var document = anIncomingDocument();

        assertRejected(() -> document.direct(leader, new Direction(null, List.of(), List.of()), ARRIVED),
                DocumentError.DOC_LEAD_UNIT_REQUIRED);
        assertRejected(() -> document.direct(leader, toEconomyLeadingWithCultureSupporting(LocalDate.of(2026, 3, 9)),
                ARRIVED), DocumentError.DOC_DEADLINE_BEFORE_ARRIVAL);
        assertRejected(() -> document.direct(leader, new Direction(
                new Direction.Unit(economy, "Phòng Kinh tế", IN_A_WEEK, null),
                List.of(new Direction.Unit(economy, "Phòng Kinh tế", IN_A_WEEK, null)), List.of()), ARRIVED),
                DocumentError.DOC_DEPARTMENT_TWICE);
        assertThat(document.status()).isEqualTo(IncomingStatus.REGISTERED);
        assertThat(document.steps()).isEmpty();
    }

    @Test
    void aDocumentIsDirectedOnlyOnce() {
        var document = anIncomingDocument();
        document.direct(leader, toEconomyLeadingWithCultureSupporting(IN_A_WEEK), ARRIVED);

        assertRejected(() -> document.direct(leader, toEconomyLeadingWithCultureSupporting(IN_A_WEEK), ARRIVED),
                DocumentError.DOC_ALREADY_DIRECTED);
        assertRejected(() -> document.forward(leader, UUID.randomUUID(), "Phó Chủ tịch", null, ARRIVED),
                DocumentError.DOC_ALREADY_DIRECTED);
    }

    @Test
    void onlyADirectedDepartmentAssignsAndOnlyTheAssigneeCompletes() {
        var document = anIncomingDocument();
        assertRejected(() -> document.assign(head, specialist.officialId(), specialist.name(), IN_A_WEEK, null, ARRIVED),
                DocumentError.DOC_NOT_DIRECTED);
        document.direct(leader, new Direction(new Direction.Unit(culture, "Phòng Văn hóa - Xã hội", IN_A_WEEK, null),
                List.of(), List.of()), ARRIVED);
        assertRejected(() -> document.assign(head, specialist.officialId(), specialist.name(), IN_A_WEEK, null, ARRIVED),
                DocumentError.DOC_NOT_YOUR_DEPARTMENT);

        var other = anIncomingDocument();
        other.direct(leader, toEconomyLeadingWithCultureSupporting(IN_A_WEEK), ARRIVED);
        var step = other.assign(head, specialist.officialId(), specialist.name(), IN_A_WEEK, "Dự thảo trả lời", ARRIVED);
        assertRejected(() -> other.complete(step.id(), head, "xong", null, ARRIVED), DocumentError.DOC_NOT_YOUR_TURN);
        assertRejected(() -> other.recordProgress(step.id(), specialist, " ", ARRIVED), DocumentError.DOC_MISSING_NOTE);
    }

    @Test
    void completingTheLeadUnitsAssignmentCompletesTheDocument() {
        var document = anIncomingDocument();
        document.direct(leader, toEconomyLeadingWithCultureSupporting(IN_A_WEEK), ARRIVED);
        var step = document.assign(head, specialist.officialId(), specialist.name(), IN_A_WEEK, null, ARRIVED);
        document.recordProgress(step.id(), specialist, "Đang tổng hợp số liệu", ARRIVED);

        boolean done = document.complete(step.id(), specialist, "Đã dự thảo công văn trả lời", null, ARRIVED);

        assertThat(done).isTrue();
        assertThat(document.status()).isEqualTo(IncomingStatus.COMPLETED);
        assertThat(document.steps()).filteredOn(s -> s.kind() == StepKind.LEAD)
                .singleElement().satisfies(lead -> assertThat(lead.status()).isEqualTo(StepStatus.DONE));
        assertThat(document.steps()).filteredOn(s -> s.kind() == StepKind.SUPPORT)
                .singleElement().satisfies(support -> assertThat(support.status()).isEqualTo(StepStatus.PENDING));
        assertRejected(() -> document.complete(step.id(), specialist, "lần nữa", null, ARRIVED),
                DocumentError.DOC_STEP_CLOSED);
    }

    @Test
    void sameIssuerNumberAndDateGiveTheSameDuplicateKeyWhateverTheSpellingOfCase() {
        assertThat(IncomingDocument.duplicateKey(null, "Bộ Nội vụ", "15/QĐ-BNV", LocalDate.of(2026, 3, 5)))
                .isEqualTo(IncomingDocument.duplicateKey(null, "bộ nội vụ ", "15/qđ-bnv", LocalDate.of(2026, 3, 5)));
        assertThat(IncomingDocument.duplicateKey(null, "Bộ Nội vụ", "15/QĐ-BNV", LocalDate.of(2026, 3, 5)))
                .isNotEqualTo(IncomingDocument.duplicateKey(null, "Bộ Nội vụ", "15/QĐ-BNV", LocalDate.of(2026, 3, 6)));
    }

    private OutgoingDocument aDraft(Actor drafter) {
        var file = new StoredFile(new InspectedFile("d.pdf", InspectedFile.PDF, new byte[] {1}, "01", 1, "dự thảo"),
                ARRIVED);
        return new OutgoingDocument(UUID.randomUUID(), economy, drafter, new OutgoingDraft(null,
                DocumentType.QUYET_DINH, "Về việc ban hành kế hoạch", Urgency.NORMAL, Secrecy.NORMAL, null, null, null,
                null, null, null, null), file, "d.pdf", ARRIVED);
    }

    @Test
    void reviewGoesAlongTheChainInOrderAndOnlyAnApprovedDraftIsIssued() {
        var draft = aDraft(specialist);
        assertRejected(() -> draft.approve(head, null, ARRIVED), DocumentError.DOC_WRONG_STATUS);
        draft.submit(specialist, List.of(new Reviewer(head.officialId(), head.name()),
                new Reviewer(leader.officialId(), leader.name())));

        assertRejected(() -> draft.approve(leader, null, ARRIVED), DocumentError.DOC_NOT_YOUR_TURN);
        assertRejected(() -> draft.returnForRevision(head, "", ARRIVED), DocumentError.DOC_MISSING_COMMENT);
        draft.approve(head, "Đồng ý trình", ARRIVED);
        assertThat(draft.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertThat(draft.readyToIssue()).isFalse();
        draft.approve(leader, null, ARRIVED);

        assertThat(draft.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(draft.finalApprover()).contains(leader.officialId());
    }

    @Test
    void parallelReviewersAllGiveTheirOpinionBeforeTheDraftIsApproved() {
        var draft = aDraft(specialist);
        var otherHead = new Actor(UUID.randomUUID(), "Trưởng phòng Văn hóa", culture);
        draft.submit(specialist, List.of(new Reviewer(head.officialId(), head.name()),
                new Reviewer(otherHead.officialId(), otherHead.name()), new Reviewer(leader.officialId(), leader.name())), true);

        assertThat(draft.awaitsReviewBy(leader.officialId())).isTrue();
        draft.approve(leader, null, ARRIVED);
        draft.approve(otherHead, null, ARRIVED);
        assertThat(draft.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertRejected(() -> draft.approve(leader, null, ARRIVED), DocumentError.DOC_NOT_YOUR_TURN);
        draft.approve(head, "Đồng ý", ARRIVED);

        assertThat(draft.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(draft.finalApprover()).contains(leader.officialId());
    }

    @Test
    void oneParallelReviewerReturningEndsTheRound() {
        var draft = aDraft(specialist);
        draft.submit(specialist, List.of(new Reviewer(head.officialId(), head.name()),
                new Reviewer(leader.officialId(), leader.name())), true);
        draft.returnForRevision(head, "Chưa đủ căn cứ", ARRIVED);

        assertThat(draft.status()).isEqualTo(OutgoingStatus.RETURNED);
        assertThat(draft.reviews()).extracting(ReviewStep::status).containsExactly(ReviewStatus.RETURNED, ReviewStatus.SKIPPED);
        assertRejected(() -> draft.approve(leader, null, ARRIVED), DocumentError.DOC_WRONG_STATUS);
    }

    @Test
    void aReturnedDraftIsRevisedAndSubmittedInANewRound() {
        var draft = aDraft(specialist);
        draft.submit(specialist, List.of(new Reviewer(head.officialId(), head.name())));
        draft.returnForRevision(head, "Bổ sung căn cứ pháp lý", ARRIVED);
        assertThat(draft.status()).isEqualTo(OutgoingStatus.RETURNED);

        assertRejected(() -> draft.submit(head, List.of(new Reviewer(head.officialId(), head.name()))),
                DocumentError.DOC_NOT_YOUR_TURN);
        draft.submit(specialist, List.of(new Reviewer(head.officialId(), head.name())));
        draft.approve(head, null, ARRIVED);
        assertThat(draft.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(draft.reviews()).hasSize(2);
    }
}
