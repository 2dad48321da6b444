package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Báo cáo tình hình giải quyết văn bản đến (Decree 30, §1.9 of the domain notes): how the lead
 * units of an agency dealt with the documents that arrived in a period, on time or late, measured
 * against each lead step's deadline in Asia/Ho_Chi_Minh dates — at completion for done steps, today
 * for open ones. For the clerk, a leader or the agency administrator of the agency.
 */
@Service
public class ProcessingReportService {

    static final int COLUMNS = 7;
    static final String[] STATUSES = {"registered", "directed", "inProgress", "completed"};

    private final IncomingDocuments incoming;
    private final DocumentAccess access;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final AuditTrail audit;

    ProcessingReportService(IncomingDocuments incoming, DocumentAccess access, OrganizationDirectory directory,
                            MessageSource messages, AuditTrail audit) {
        this.incoming = incoming;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * @param agencyId the agency, or null for the caller's own
     * @param from     first arrival date, by default the first of the month of {@code to}
     * @param to       last arrival date, by default today
     */
    @Transactional
    public ProcessingReport report(UUID agencyId, LocalDate from, LocalDate to, Locale locale) {
        Viewer viewer = access.viewer();
        UUID agency = agencyId != null ? agencyId : viewer.agencyId() == null ? null : viewer.agencyId().value();
        if (agency == null || !(viewer.isClerkOf(agency) || viewer.isLeaderOf(agency) || access.isAgencyAdminOf(agency))) {
            throw new AccessDeniedException("the processing report of " + agency + " is not for " + viewer.name());
        }
        LocalDate today = LocalDate.now(IncomingDocument.ZONE);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        Specification<IncomingDocument> spec = (root, query, cb) -> cb.and(
                cb.equal(root.get("agencyId"), agency),
                cb.greaterThanOrEqualTo(root.get("arrivedAt"), start.atStartOfDay(IncomingDocument.ZONE).toInstant()),
                cb.lessThan(root.get("arrivedAt"), end.plusDays(1).atStartOfDay(IncomingDocument.ZONE).toInstant()));
        var counters = new HashMap<UUID, Counter>();
        int[] statuses = new int[4];
        for (IncomingDocument document : incoming.findAll(spec, Sort.by("arrivedAt"))) {
            statuses[statusIndex(document)]++;
            document.steps().stream().filter(step -> step.kind() == StepKind.LEAD && step.departmentId() != null)
                    .forEach(step -> counters.computeIfAbsent(step.departmentId(),
                            id -> new Counter(id, step.departmentName())).add(step, today));
        }
        List<ProcessingReport.Row> rows = counters.values().stream()
                .sorted(Comparator.comparing(counter -> counter.name == null ? "" : counter.name))
                .map(Counter::row).toList();
        var total = new Counter(null, messages.getMessage("report.processing.total", null, locale));
        rows.forEach(total::add);
        var columns = IntStream.rangeClosed(1, COLUMNS)
                .mapToObj(i -> messages.getMessage("report.processing.col" + i, null, locale)).toList();
        var statusLabels = new ArrayList<String>();
        for (String status : STATUSES) {
            statusLabels.add(messages.getMessage("report.processing.status." + status, null, locale));
        }
        String agencyName = directory.agency(new AgencyId(agency)).map(AgencySummary::name).orElse("");
        audit.record("report.viewed", "ProcessingReport", "PROCESSING", agency,
                start + " – " + end + ", " + rows.size() + " đơn vị");
        return new ProcessingReport(agency, messages.getMessage("report.processing.title", null, locale), agencyName,
                start, end, today, columns, rows, total.row(), statusLabels,
                new ProcessingReport.StatusCounts(statuses[0], statuses[1], statuses[2], statuses[3]));
    }

    /** Registered, directed (the lead unit has not assigned it yet), in progress, completed. */
    private static int statusIndex(IncomingDocument document) {
        return switch (document.status()) {
            case REGISTERED -> 0;
            case COMPLETED -> 3;
            case IN_PROCESSING -> document.steps().stream()
                    .anyMatch(step -> step.kind() == StepKind.LEAD && step.status() == StepStatus.PENDING) ? 1 : 2;
        };
    }

    private static final class Counter {
        final UUID id;
        final String name;
        int received;
        int doneOnTime;
        int doneLate;
        int inProgressOnTime;
        int inProgressOverdue;
        int notAssigned;

        Counter(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(ProcessingStep step, LocalDate today) {
            received++;
            LocalDate deadline = step.deadline();
            if (step.status() == StepStatus.DONE) {
                LocalDate done = step.completedAt() == null ? today
                        : step.completedAt().atZone(IncomingDocument.ZONE).toLocalDate();
                if (deadline != null && done.isAfter(deadline)) {
                    doneLate++;
                } else {
                    doneOnTime++;
                }
            } else if (step.status() == StepStatus.PENDING) {
                notAssigned++;
            } else if (deadline != null && today.isAfter(deadline)) {
                inProgressOverdue++;
            } else {
                inProgressOnTime++;
            }
        }

        void add(ProcessingReport.Row row) {
            received += row.received();
            doneOnTime += row.doneOnTime();
            doneLate += row.doneLate();
            inProgressOnTime += row.inProgressOnTime();
            inProgressOverdue += row.inProgressOverdue();
            notAssigned += row.notAssigned();
        }

        ProcessingReport.Row row() {
            return new ProcessingReport.Row(id, name, received, doneOnTime, doneLate, inProgressOnTime,
                    inProgressOverdue, notAssigned);
        }
    }
}
