package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.document.DocumentWork;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Việc cần xử lý: what waits for the signed-in official — documents to direct, assign, process,
 * review, revise, issue or register — with overdue and due-soon deadlines marked.
 */
@Service
public class Inbox implements DocumentWork {

    /** A deadline within this many days is "due soon". */
    static final int DUE_SOON_DAYS = 2;

    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final DocumentAccess access;
    private final CurrentUser currentUser;
    private final OrganizationDirectory directory;

    Inbox(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentAccess access, CurrentUser currentUser,
          OrganizationDirectory directory) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<InboxItem> items() {
        Viewer viewer = access.viewer();
        LocalDate today = LocalDate.now(IncomingDocument.ZONE);
        var items = new ArrayList<InboxItem>();
        var leaderAgencies = agencies(viewer.leaderOf());
        if (!leaderAgencies.isEmpty() || viewer.officialId() != null) {
            for (var document : incoming.awaitingDirection(viewer.officialId(), leaderAgencies.isEmpty()
                    ? Set.of(UUID.randomUUID()) : leaderAgencies)) {
                items.add(incomingItem("DIRECT", document, document.replyDeadline(), today));
            }
        }
        if (viewer.departmentHead() && viewer.departmentId() != null) {
            for (var document : incoming.withOpenSteps(null, viewer.departmentId(),
                    List.of(StepKind.LEAD, StepKind.SUPPORT), List.of(StepStatus.PENDING))) {
                document.openDepartmentStep(viewer.departmentId()).filter(step -> step.status() == StepStatus.PENDING)
                        .ifPresent(step -> items.add(incomingItem("ASSIGN", document, step.deadline(), today)));
            }
        }
        for (var document : incoming.withOpenSteps(viewer.officialId(), null, List.of(StepKind.ASSIGNMENT),
                List.of(StepStatus.PENDING, StepStatus.IN_PROGRESS))) {
            document.steps().stream().filter(step -> step.kind() == StepKind.ASSIGNMENT && step.isOpen()
                            && viewer.officialId().equals(step.assigneeOfficialId()))
                    .forEach(step -> items.add(incomingItem("PROCESS", document, step.deadline(), today)));
        }
        for (var document : outgoing.awaitingReviewBy(viewer.officialId())) {
            items.add(outgoingItem("REVIEW", document, today));
        }
        for (var document : outgoing.draftsOf(viewer.officialId())) {
            if (document.status() == OutgoingStatus.RETURNED) {
                items.add(outgoingItem("REVISE", document, today));
            }
        }
        var clerkAgencies = agencies(viewer.clerkOf());
        if (!clerkAgencies.isEmpty()) {
            outgoing.readyToIssue(clerkAgencies).forEach(document -> items.add(outgoingItem("ISSUE", document, today)));
            outgoing.toRegisterBy(clerkAgencies).forEach(document -> items.add(outgoingItem("REGISTER", document, today)));
        }
        items.sort(Comparator.comparing((InboxItem item) -> !item.urgent())
                .thenComparing(InboxItem::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkCounts myWork() {
        var user = currentUser.get();
        if (user.isEmpty() || user.get().officialId() == null) {
            return new WorkCounts(0, 0, 0);
        }
        var items = items();
        return new WorkCounts(items.size(), (int) items.stream().filter(InboxItem::overdue).count(),
                (int) items.stream().filter(InboxItem::dueSoon).count());
    }

    private Set<UUID> agencies(AgencyScope scope) {
        if (scope.all()) {
            return directory.agencies(AgencyScope.ALL).stream().map(AgencySummary::id)
                    .map(id -> id.value()).collect(java.util.stream.Collectors.toSet());
        }
        return scope.agencyUuids();
    }

    private static InboxItem incomingItem(String action, IncomingDocument document, LocalDate deadline, LocalDate today) {
        boolean overdue = deadline != null && deadline.isBefore(today);
        boolean dueSoon = deadline != null && !overdue && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
        return new InboxItem(action, "INCOMING", document.id(), document.summary(),
                "%02d · %s · %s".formatted(document.arrivalNumber(), document.numberAndSymbol(), document.issuerName()),
                deadline, overdue, dueSoon, document.urgency().isUrgent(), document.urgency().name());
    }

    private static InboxItem outgoingItem(String action, OutgoingDocument document, LocalDate today) {
        LocalDate deadline = document.replyDeadline();
        boolean overdue = deadline != null && deadline.isBefore(today);
        boolean dueSoon = deadline != null && !overdue && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
        String reference = document.numberAndSymbol() != null ? document.numberAndSymbol().toString()
                : document.documentType().vietnameseName();
        return new InboxItem(action, "OUTGOING", document.id(), document.summary(), reference, deadline, overdue,
                dueSoon, document.urgency().isUrgent(), document.urgency().name());
    }
}
