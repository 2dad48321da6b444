package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Sổ đăng ký văn bản (Decree 30, Appendix IV): the incoming register, the outgoing register and
 * the tracking register of incoming documents, for a period, with the Decree's columns, over the
 * documents the caller may see.
 */
@Service
public class RegisterService {

    /** A register is printed and signed on paper: a period with more rows is cut and says so. */
    static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final DocumentAccess access;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final AuditTrail audit;

    RegisterService(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentAccess access,
                    OrganizationDirectory directory, MessageSource messages, AuditTrail audit) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public Register register(RegisterKind kind, LocalDate from, LocalDate to, Locale locale) {
        Viewer viewer = access.viewer();
        LocalDate end = to != null ? to : LocalDate.now(IncomingDocument.ZONE);
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        var columns = IntStream.rangeClosed(1, kind.columns())
                .mapToObj(i -> messages.getMessage("register." + kind.name().toLowerCase(Locale.ROOT) + ".col" + i,
                        null, locale)).toList();
        String title = messages.getMessage("register." + kind.name().toLowerCase(Locale.ROOT) + ".title", null, locale);
        String agencyName = viewer.agencyId() == null ? "" : directory.agency(viewer.agencyId())
                .map(AgencySummary::name).orElse("");
        var rows = new ArrayList<List<String>>();
        boolean truncated;
        if (kind == RegisterKind.OUTGOING) {
            Specification<OutgoingDocument> spec = OutgoingService.visibleTo(viewer).and((root, query, cb) -> cb.and(
                    cb.isNotNull(root.get("issueDate")),
                    cb.greaterThanOrEqualTo(root.get("issueDate"), start),
                    cb.lessThanOrEqualTo(root.get("issueDate"), end)));
            var page = outgoing.findAll(spec, PageRequest.of(0, MAX_ROWS,
                    Sort.by("issueDate").and(Sort.by("issuedAt"))));
            page.forEach(d -> rows.add(outgoingRow(d)));
            truncated = page.getTotalElements() > MAX_ROWS;
        } else {
            Specification<IncomingDocument> spec = IncomingService.visibleTo(viewer).and((root, query, cb) -> cb.and(
                    cb.greaterThanOrEqualTo(root.get("arrivedAt"), start.atStartOfDay(IncomingDocument.ZONE).toInstant()),
                    cb.lessThan(root.get("arrivedAt"), end.plusDays(1).atStartOfDay(IncomingDocument.ZONE).toInstant())));
            var page = incoming.findAll(spec, PageRequest.of(0, MAX_ROWS,
                    Sort.by("arrivedAt").and(Sort.by("arrivalNumber"))));
            page.forEach(d -> rows.add(kind == RegisterKind.INCOMING ? incomingRow(d) : trackingRow(d, locale)));
            truncated = page.getTotalElements() > MAX_ROWS;
        }
        audit.record("register.viewed", "Register", kind.name(), viewer.agencyId() == null ? null
                : viewer.agencyId().value(), start + " – " + end + ", " + rows.size() + " dòng");
        return new Register(kind, title, agencyName, start, end, columns, rows, truncated);
    }

    /** (1) ngày đến (2) số đến (3) tác giả (4) số, ký hiệu (5) ngày văn bản (6) loại, trích yếu (7) đơn vị, người nhận (8) ngày chuyển (9) ký nhận (10) ghi chú. */
    private List<String> incomingRow(IncomingDocument d) {
        var receivers = receivers(d);
        return List.of(date(d.arrivalDate()), "%02d".formatted(d.arrivalNumber()), d.issuerName(), d.numberAndSymbol(),
                date(d.documentDate()), d.documentType().vietnameseName() + ": " + d.summary(), receivers,
                d.steps().stream().filter(step -> step.parentId() == null).map(ProcessingStep::createdAt).findFirst()
                        .map(at -> date(at.atZone(IncomingDocument.ZONE).toLocalDate())).orElse(""),
                "", notes(d));
    }

    /** (1) số đến (2) loại, số, ký hiệu, ngày, cơ quan ban hành (3) đơn vị, người nhận (4) thời hạn (5) tiến độ (6) số, ký hiệu văn bản trả lời (7) ghi chú. */
    private List<String> trackingRow(IncomingDocument d, Locale locale) {
        String deadline = d.steps().stream().filter(step -> step.kind() == StepKind.LEAD)
                .map(ProcessingStep::deadline).filter(Objects::nonNull).findFirst().map(RegisterService::date)
                .orElse(d.replyDeadline() == null ? "" : date(d.replyDeadline()));
        String progress = messages.getMessage("incomingStatus." + d.status(), null, locale);
        String replies = d.steps().stream().map(ProcessingStep::replyDocumentId).filter(Objects::nonNull).distinct()
                .map(outgoing::findById).flatMap(java.util.Optional::stream)
                .map(reply -> reply.numberAndSymbol() == null ? "" : reply.numberAndSymbol().toString())
                .filter(text -> !text.isEmpty()).collect(Collectors.joining(", "));
        return List.of("%02d".formatted(d.arrivalNumber()), d.documentType().vietnameseName() + " "
                        + d.numberAndSymbol() + " ngày " + date(d.documentDate()) + " của " + d.issuerName(),
                receivers(d), deadline, progress, replies, notes(d));
    }

    /** (1) số, ký hiệu (2) ngày (3) loại, trích yếu (4) người ký (5) nơi nhận (6) đơn vị lưu bản chính (7) số bản (8) ngày chuyển (9) ký nhận (10) ghi chú. */
    private List<String> outgoingRow(OutgoingDocument d) {
        String unit = d.draftingDepartmentId() == null ? "" : directory.department(d.draftingDepartmentId())
                .map(department -> department.name()).orElse("");
        return List.of(d.numberAndSymbol().toString(), date(d.issueDate()),
                d.documentType().vietnameseName() + ": " + d.summary(), Objects.toString(d.signerName(), ""),
                d.recipients().stream().map(OutgoingRecipient::name).collect(Collectors.joining("; ")), unit, "",
                date(d.issueDate()), "", d.status() == OutgoingStatus.RECALLED ? "Đã thu hồi"
                        : d.status() == OutgoingStatus.REPLACED ? "Đã được thay thế bằng " + d.replacedByNumberAndSymbol()
                        : (d.paperCopy() ? "Kèm bản giấy" : "Chỉ bản điện tử"));
    }

    private static String receivers(IncomingDocument d) {
        return d.steps().stream().filter(step -> step.parentId() == null && step.kind() != StepKind.INFO)
                .map(step -> step.assigneeName() != null ? step.assigneeName() : step.departmentName())
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

    private static String notes(IncomingDocument d) {
        var notes = new ArrayList<String>();
        if (d.urgency().isUrgent()) {
            notes.add(d.urgency().name());
        }
        if (d.secrecy().isClassified()) {
            notes.add(d.secrecy().name());
        }
        if (d.scanned()) {
            notes.add("Bản quét");
        }
        return String.join(", ", notes);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
