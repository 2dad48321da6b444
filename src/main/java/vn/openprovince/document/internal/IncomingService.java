package vn.openprovince.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.IncomingDocumentDirected;
import vn.openprovince.document.IncomingDocumentRegistered;
import vn.openprovince.document.ProcessingAssigned;
import vn.openprovince.document.ProcessingCompleted;
import vn.openprovince.document.Urgency;
import vn.openprovince.document.UrgentDocumentArrived;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.organization.VietnameseText;

/**
 * Văn bản đến: registration by the clerk, direction by the leader, assignment by the department
 * head and processing by the specialist. Every use case checks access itself, so the API and the
 * pages share one rule, and audits what it changes or shows.
 */
@Service
public class IncomingService {

    static final int MAX_PAGE_SIZE = 100;

    private final IncomingDocuments documents;
    private final OutgoingDocuments outgoing;
    private final StoredFiles files;
    private final FileInspector inspector;
    private final NumberSeries numbers;
    private final Transactions transactions;
    private final DocumentAccess access;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IncomingSignatures signatures;

    IncomingService(IncomingDocuments documents, OutgoingDocuments outgoing, StoredFiles files, FileInspector inspector, NumberSeries numbers,
                    Transactions transactions, DocumentAccess access, OrganizationDirectory directory,
                    WorkingCalendar calendar, AuditTrail audit, ApplicationEventPublisher events,
                    IncomingSignatures signatures) {
        this.documents = documents;
        this.outgoing = outgoing;
        this.files = files;
        this.inspector = inspector;
        this.numbers = numbers;
        this.transactions = transactions;
        this.access = access;
        this.directory = directory;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.signatures = signatures;
    }

    /**
     * Vào sổ văn bản đến: checks the fields and the PDF before anything is stored, warns on a
     * duplicate (same issuer, number and symbol, date) unless a reason is given, then takes the next
     * arrival number of the agency's year under the series lock.
     */
    public IncomingView register(IncomingRegistration raw, String fileName, byte[] content) {
        Viewer viewer = access.viewer();
        if (raw == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_METADATA);
        }
        IncomingRegistration input = raw.normalized();
        UUID agencyId = input.agencyId() != null ? input.agencyId()
                : viewer.agencyId() == null ? null : viewer.agencyId().value();
        if (agencyId == null || !viewer.isClerkOf(agencyId)) {
            throw new DocumentException(DocumentError.DOC_NOT_A_CLERK);
        }
        Instant now = Instant.now();
        input = validate(input, now);
        InspectedFile file = inspector.pdf(fileName, content);
        // Outside the number lock: validation takes milliseconds per signature.
        SignatureCheck signatureCheck = signatures.check(content);
        int year = now.atZone(IncomingDocument.ZONE).getYear();
        numbers.prepare(agencyId, NumberSeries.INCOMING, year);
        IncomingRegistration checked = input;
        return transactions.withNumberLock(() -> {
            String key = IncomingDocument.duplicateKey(checked.issuerCode(), checked.issuerName(),
                    checked.numberAndSymbol(), checked.documentDate());
            var duplicates = documents.findTop5ByAgencyIdAndDuplicateKeyOrderByArrivedAtDesc(agencyId, key);
            if (!duplicates.isEmpty() && checked.duplicateReason() == null) {
                throw new DocumentException(DocumentError.DOC_DUPLICATE, Map.of("duplicates", duplicates.stream()
                        .map(d -> Map.of("id", d.id().toString(), "arrivalNumber", d.arrivalNumber(),
                                "arrivalYear", d.arrivalYear(), "arrivedAt", d.arrivedAt().toString()))
                        .toList()), checked.numberAndSymbol());
            }
            StoredFile stored = store(file, now);
            int arrivalNumber = numbers.next(agencyId, NumberSeries.INCOMING, year);
            Instant received = checked.receivedAt() == null ? now : checked.receivedAt();
            // Decree 30 Art. 5: registered the same day, at the latest the next working day.
            Instant registrationDeadline = calendar.deadlineInWorkingDays(received, 1, Optional.empty(), agencyId);
            var registered = new IncomingDocument(agencyId, checked, year, arrivalNumber, now,
                    registrationDeadline, viewer.actor(), stored, file.fileName());
            registered.signaturesChecked(signatureCheck);
            var document = documents.save(registered);
            audit.record("incoming.registered", "IncomingDocument", document.id(), agencyId,
                    "số đến %02d/%d: %s %s%s; chữ ký số: %s (%d)".formatted(arrivalNumber, year,
                            document.numberAndSymbol(), document.issuerName(), checked.duplicateReason() == null ? ""
                                    : " (trùng, lý do: " + checked.duplicateReason() + ")",
                            signatureCheck.status(), signatureCheck.signatureCount()));
            events.publishEvent(new IncomingDocumentRegistered(document.id(), new AgencyId(agencyId), year,
                    arrivalNumber, document.issuerName(), document.issuerCode(), document.numberAndSymbol(),
                    document.urgency(), now));
            if (document.urgency().isUrgent()) {
                events.publishEvent(new UrgentDocumentArrived(document.id(), new AgencyId(agencyId),
                        document.urgency(), document.summary()));
            }
            return view(document, true, new HashMap<>());
        });
    }

    /**
     * Vào sổ a document issued on this platform to an agency the clerk registers for (liên thông
     * nội bộ): the metadata and the issued file come from the outgoing document.
     */
    public IncomingView receiveInternal(UUID outgoingId) {
        Viewer viewer = access.viewer();
        record Found(UUID recipientId, UUID agencyId, UUID senderId, SignatureCheck signatureCheck) {
        }
        Found found = transactions.read(() -> {
            var issued = outgoing.findById(outgoingId)
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
            var recipient = issued.recipients().stream()
                    .filter(r -> r.agencyId() != null && viewer.isClerkOf(r.agencyId())).findFirst()
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_NOT_A_CLERK));
            if (issued.status() != OutgoingStatus.ISSUED || recipient.incomingId() != null) {
                throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
            }
            // Checked here, outside the number lock: an issued document's file no longer changes.
            var file = files.findById(issued.currentVersion().fileId()).orElseThrow();
            SignatureCheck check = InspectedFile.PDF.equals(file.mediaType()) ? signatures.check(file.content()) : null;
            return new Found(recipient.id(), recipient.agencyId(), issued.agencyId(), check);
        });
        UUID agencyId = found.agencyId();
        var sender = directory.agency(new AgencyId(found.senderId())).orElseThrow();
        Instant now = Instant.now();
        int year = now.atZone(IncomingDocument.ZONE).getYear();
        numbers.prepare(agencyId, NumberSeries.INCOMING, year);
        return transactions.withNumberLock(() -> {
            var source = outgoing.findById(outgoingId).orElseThrow();
            var target = source.recipients().stream().filter(r -> r.id().equals(found.recipientId())).findFirst()
                    .orElseThrow();
            if (target.incomingId() != null) {
                throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
            }
            var input = new IncomingRegistration(agencyId, sender.name(), sender.identifierCode(),
                    source.numberAndSymbol().toString(), source.issueDate(), source.documentType(), source.summary(),
                    source.signerName(), source.signerPosition(), source.urgency(), source.secrecy(), source.pages(),
                    source.replyDeadline(), source.issuedAt(), null);
            var version = source.currentVersion();
            var file = files.findById(version.fileId()).orElseThrow();
            int arrivalNumber = numbers.next(agencyId, NumberSeries.INCOMING, year);
            Instant registrationDeadline = calendar.deadlineInWorkingDays(source.issuedAt(), 1, Optional.empty(), agencyId);
            var registered = new IncomingDocument(agencyId, input, year, arrivalNumber, now,
                    registrationDeadline, viewer.actor(), file, version.fileName());
            if (found.signatureCheck() != null) {
                registered.signaturesChecked(found.signatureCheck());
            }
            var document = documents.save(registered);
            target.registeredAs(document.id());
            audit.record("incoming.registered", "IncomingDocument", document.id(), agencyId,
                    "số đến %02d/%d: %s %s (liên thông nội bộ)".formatted(arrivalNumber, year,
                            document.numberAndSymbol(), document.issuerName()));
            events.publishEvent(new IncomingDocumentRegistered(document.id(), new AgencyId(agencyId), year,
                    arrivalNumber, document.issuerName(), document.issuerCode(), document.numberAndSymbol(),
                    document.urgency(), now));
            if (document.urgency().isUrgent()) {
                events.publishEvent(new UrgentDocumentArrived(document.id(), new AgencyId(agencyId),
                        document.urgency(), document.summary()));
            }
            return view(document, true, new HashMap<>());
        });
    }

    private IncomingRegistration validate(IncomingRegistration input, Instant now) {
        if (input.issuerCode() != null) {
            Optional<AgencySummary> issuer = directory.agencyByIdentifierCode(input.issuerCode());
            if (issuer.isEmpty() && input.issuerName() == null) {
                throw new DocumentException(DocumentError.DOC_UNKNOWN_ISSUER, input.issuerCode());
            }
            if (issuer.isPresent() && input.issuerName() == null) {
                input = input.withIssuerName(issuer.get().name());
            }
        }
        if (input.issuerName() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_ISSUER);
        }
        if (input.numberAndSymbol() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_NUMBER_AND_SYMBOL);
        }
        LocalDate today = now.atZone(IncomingDocument.ZONE).toLocalDate();
        if (input.documentDate() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_DOCUMENT_DATE);
        }
        if (input.documentDate().isAfter(today)) {
            throw new DocumentException(DocumentError.DOC_DOCUMENT_DATE_IN_FUTURE);
        }
        if (input.type() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_TYPE);
        }
        if (input.summary() == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_SUMMARY);
        }
        if (input.pages() != null && (input.pages() < 1 || input.pages() > 999)) {
            throw new DocumentException(DocumentError.DOC_INVALID_PAGES);
        }
        if (input.replyDeadline() != null && input.replyDeadline().isBefore(today)) {
            throw new DocumentException(DocumentError.DOC_REPLY_DEADLINE_BEFORE_ARRIVAL);
        }
        return input;
    }

    private StoredFile store(InspectedFile file, Instant now) {
        return files.findBySha256(file.sha256()).orElseGet(() -> files.save(new StoredFile(file, now)));
    }

    /** Sổ văn bản đến as the caller may see it: newest first, filtered, paged (at most 100 a page). */
    @Transactional(readOnly = true)
    public DocumentPage<IncomingView> list(IncomingFilter filter, int page, int size) {
        Viewer viewer = access.viewer();
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "arrivedAt").and(Sort.by("id")));
        Specification<IncomingDocument> spec = visibleTo(viewer).and(matching(filter));
        Page<IncomingDocument> found = documents.findAll(spec, pageable);
        Map<UUID, String> agencyNames = new HashMap<>();
        return DocumentPage.of(found.map(document -> view(document, false, agencyNames)));
    }

    /** Văn bản đến the viewer may see, as a query: the rules of {@link DocumentAccess#canSee}. */
    static Specification<IncomingDocument> visibleTo(Viewer viewer) {
        return (root, query, cb) -> {
            var anyOf = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (viewer.clerkOf().all() || viewer.leaderOf().all()) {
                return cb.conjunction();
            }
            var agencies = new java.util.HashSet<UUID>(viewer.clerkOf().agencyUuids());
            agencies.addAll(viewer.leaderOf().agencyUuids());
            if (!agencies.isEmpty()) {
                anyOf.add(root.get("agencyId").in(agencies));
            }
            var assigned = query.subquery(UUID.class);
            var other = assigned.from(IncomingDocument.class);
            var step = other.join("steps");
            assigned.select(other.get("id")).where(cb.equal(step.get("assigneeOfficialId"), viewer.officialId()));
            anyOf.add(root.get("id").in(assigned));
            if (viewer.departmentId() != null) {
                var directed = query.subquery(UUID.class);
                var directedRoot = directed.from(IncomingDocument.class);
                var directedStep = directedRoot.join("steps");
                directed.select(directedRoot.get("id")).where(cb.equal(directedStep.get("departmentId"),
                        viewer.departmentId()));
                if (viewer.departmentHead()) {
                    anyOf.add(root.get("id").in(directed));
                } else {
                    anyOf.add(cb.and(cb.equal(root.get("secrecy"), vn.openprovince.document.Secrecy.NORMAL),
                            root.get("id").in(directed)));
                }
            }
            return cb.or(anyOf.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    static Specification<IncomingDocument> matching(IncomingFilter filter) {
        return (root, query, cb) -> {
            var all = new ArrayList<jakarta.persistence.criteria.Predicate>();
            for (String word : words(filter.q())) {
                all.add(cb.like(root.get("searchText"), "%" + word + "%"));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.urgency() != null) {
                all.add(cb.equal(root.get("urgency"), filter.urgency()));
            }
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("arrivedAt"),
                        filter.from().atStartOfDay(IncomingDocument.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                all.add(cb.lessThan(root.get("arrivedAt"),
                        filter.to().plusDays(1).atStartOfDay(IncomingDocument.ZONE).toInstant()));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** The folded words of a query, each to be found ("quyet dinh" finds "Quyết định"). */
    static List<String> words(String q) {
        String folded = VietnameseText.fold(q).replace("%", "").replace("_", "");
        return folded.isBlank() ? List.of() : List.of(folded.split(" "));
    }

    /** One document with its processing tree; the view is audited. */
    @Transactional
    public IncomingView get(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        audit.record("incoming.viewed", "IncomingDocument", id, document.agencyId(), null);
        return view(document, true, new HashMap<>());
    }

    /** The PDF as registered; the download is audited. */
    @Transactional
    public FileDownload file(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (document.isRecalled()) {
            throw new DocumentException(DocumentError.DOC_RECALLED);
        }
        var file = files.findById(document.fileId()).orElseThrow();
        audit.record("incoming.downloaded", "IncomingDocument", id, document.agencyId(), document.fileName());
        return new FileDownload(document.fileName(), file.mediaType(), file.content());
    }

    /**
     * Chỉ đạo: a leader of the agency (or the leader it was forwarded to) names the lead unit,
     * supporting units and units for information, or forwards the document to another leader.
     */
    @Transactional
    public IncomingView direct(UUID id, DirectionInput input) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (!mayDirect(viewer, document)) {
            throw new AccessDeniedException("only a leader of the agency directs");
        }
        if (input == null) {
            throw new DocumentException(DocumentError.DOC_LEAD_UNIT_REQUIRED);
        }
        Instant now = Instant.now();
        if (input.forwardToLeaderId() != null) {
            var leader = directory.official(input.forwardToLeaderId())
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_OFFICIAL));
            document.forward(viewer.actor(), leader.id(), leader.fullName(), IncomingRegistration.clean(input.instruction()), now);
            audit.record("incoming.forwarded", "IncomingDocument", id, document.agencyId(),
                    "chuyển " + leader.fullName());
            events.publishEvent(new IncomingDocumentDirected(id, new AgencyId(document.agencyId()),
                    viewer.officialId(), null, List.of(), List.of(), leader.id(), now));
            return view(document, true, new HashMap<>());
        }
        if (input.lead() == null || input.lead().departmentId() == null) {
            throw new DocumentException(DocumentError.DOC_LEAD_UNIT_REQUIRED);
        }
        var direction = new Direction(unit(document, input.lead(), input.instruction()),
                input.supportOrEmpty().stream().map(u -> unit(document, u, input.instruction())).toList(),
                input.infoOrEmpty().stream().map(u -> unit(document, u, input.instruction())).toList());
        var steps = document.direct(viewer.actor(), direction, now);
        documents.flush();
        audit.record("incoming.directed", "IncomingDocument", id, document.agencyId(), steps.stream()
                .map(step -> step.kind() + " " + step.departmentName() + (step.deadline() == null ? ""
                        : " hạn " + step.deadline())).reduce((a, b) -> a + "; " + b).orElse(""));
        events.publishEvent(new IncomingDocumentDirected(id, new AgencyId(document.agencyId()), viewer.officialId(),
                direction.lead().departmentId(), direction.support().stream().map(Direction.Unit::departmentId).toList(),
                direction.info().stream().map(Direction.Unit::departmentId).toList(), null, now));
        return view(document, true, new HashMap<>());
    }

    boolean mayDirect(Viewer viewer, IncomingDocument document) {
        if (document.leaderOfficialId() != null && document.status() == IncomingStatus.REGISTERED) {
            return document.leaderOfficialId().equals(viewer.officialId());
        }
        return viewer.isLeaderOf(document.agencyId());
    }

    private Direction.Unit unit(IncomingDocument document, DirectionInput.UnitInput input, String defaultInstruction) {
        DepartmentSummary department = directory.department(input.departmentId())
                .filter(d -> d.agencyId().value().equals(document.agencyId()))
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DEPARTMENT));
        String instruction = IncomingRegistration.clean(input.instruction());
        return new Direction.Unit(department.id(), department.name(), input.deadline(),
                instruction != null ? instruction : IncomingRegistration.clean(defaultInstruction));
    }

    /** Giao xử lý: the head of a directed department assigns one of its officials. */
    @Transactional
    public IncomingView assign(UUID id, AssignmentInput input) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (!viewer.departmentHead()) {
            throw new AccessDeniedException("only a department head assigns");
        }
        if (input == null || input.assigneeId() == null) {
            throw new DocumentException(DocumentError.DOC_UNKNOWN_OFFICIAL);
        }
        OfficialSummary assignee = directory.official(input.assigneeId())
                .filter(o -> Objects.equals(o.departmentId(), viewer.departmentId()))
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_OFFICIAL));
        Instant now = Instant.now();
        var step = document.assign(viewer.actor(), assignee.id(), assignee.fullName(), input.deadline(),
                IncomingRegistration.clean(input.instruction()), now);
        documents.flush();
        audit.record("incoming.assigned", "IncomingDocument", id, document.agencyId(),
                "giao " + assignee.fullName() + " hạn " + input.deadline());
        events.publishEvent(new ProcessingAssigned(id, new AgencyId(document.agencyId()), step.id(),
                step.departmentId(), assignee.id(), step.deadline()));
        return view(document, true, new HashMap<>());
    }

    /** Ghi nhận tiến độ, ý kiến on the assignee's own step. */
    @Transactional
    public IncomingView recordProgress(UUID id, UUID stepId, String note) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        document.recordProgress(stepId, viewer.actor(), note, Instant.now());
        audit.record("incoming.progress-recorded", "IncomingDocument", id, document.agencyId(), note);
        return view(document, true, new HashMap<>());
    }

    /** Hoàn thành: the assignee completes their step; the document is done when its lead unit is. */
    @Transactional
    public IncomingView complete(UUID id, UUID stepId, CompletionInput input) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        Instant now = Instant.now();
        String result = input == null ? null : IncomingRegistration.clean(input.result());
        UUID reply = input == null ? null : input.replyDocumentId();
        if (reply != null && !outgoing.existsById(reply)) {
            throw new DocumentException(DocumentError.DOC_UNKNOWN_REPLY);
        }
        boolean documentDone = document.complete(stepId, viewer.actor(), result, reply, now);
        audit.record("incoming.completed", "IncomingDocument", id, document.agencyId(),
                (documentDone ? "văn bản hoàn thành; " : "") + Objects.toString(result, ""));
        events.publishEvent(new ProcessingCompleted(id, new AgencyId(document.agencyId()), stepId, documentDone,
                reply, now));
        return view(document, true, new HashMap<>());
    }

    /** The departments a leader may direct this document to: those of its agency. */
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departmentsFor(UUID id) {
        var document = documents.findById(id).orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        return directory.departments(new AgencyId(document.agencyId()));
    }

    /**
     * The leaders a document may be forwarded to: officials of its agency and of the agency above it
     * who are not in a department (leaders of a People's Committee are not).
     */
    @Transactional(readOnly = true)
    public List<OfficialSummary> forwardCandidates(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        var agency = new AgencyId(document.agencyId());
        var result = new ArrayList<OfficialSummary>(directory.officials(agency));
        directory.agency(agency).map(AgencySummary::parentId).ifPresent(parent -> result.addAll(directory.officials(parent)));
        result.removeIf(o -> o.departmentId() != null || o.id().equals(viewer.officialId()));
        return result;
    }

    /** The officials of the viewer's department, for the department head's assignment. */
    public List<OfficialSummary> colleagues() {
        Viewer viewer = access.viewer();
        if (viewer.agencyId() == null || viewer.departmentId() == null) {
            return List.of();
        }
        return directory.officials(viewer.agencyId()).stream()
                .filter(o -> viewer.departmentId().equals(o.departmentId()) && !o.id().equals(viewer.officialId()))
                .toList();
    }

    /** What the viewer may do next with a document, for the page's action forms. */
    @Transactional(readOnly = true)
    public NextActions nextActions(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        boolean direct = document.status() == IncomingStatus.REGISTERED && mayDirect(viewer, document);
        boolean assign = viewer.departmentHead() && document.status() != IncomingStatus.REGISTERED
                && document.openDepartmentStep(viewer.departmentId()).isPresent();
        List<UUID> mySteps = document.steps().stream().filter(step -> step.kind() == StepKind.ASSIGNMENT
                && step.isOpen() && viewer.officialId().equals(step.assigneeOfficialId())).map(ProcessingStep::id).toList();
        return new NextActions(direct, assign, mySteps);
    }

    /** @param myOpenSteps the viewer's open assignments, on which they record progress or complete */
    public record NextActions(boolean direct, boolean assign, List<UUID> myOpenSteps) {
    }

    IncomingDocument visible(Viewer viewer, UUID id) {
        var document = documents.findById(id)
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        access.requireSee(viewer, document);
        return document;
    }

    IncomingView view(IncomingDocument d, boolean withSteps, Map<UUID, String> agencyNames) {
        String agencyName = agencyNames.computeIfAbsent(d.agencyId(),
                agency -> directory.agency(new AgencyId(agency)).map(AgencySummary::name).orElse(null));
        return new IncomingView(d.id(), d.agencyId(), agencyName, d.arrivalYear(), d.arrivalNumber(),
                "%02d".formatted(d.arrivalNumber()), d.arrivedAt(), d.receivedAt(), d.registrationDeadline(),
                d.arrivedAt().isAfter(d.registrationDeadline()), d.registeredByName(), d.issuerName(), d.issuerCode(),
                d.numberAndSymbol(), d.documentDate(), d.documentType(), d.documentType().vietnameseName(),
                d.summary(), d.signerName(), d.signerPosition(), d.urgency(), d.secrecy(), d.pages(),
                d.replyDeadline(), d.fileName(), d.scanned(), d.duplicateReason(), d.status(), d.completedAt(),
                d.recalledAt(), d.recallReason(), d.signatureStatus(), d.signatureCount(), d.signatureSigners(),
                withSteps ? tree(d.steps()) : List.of());
    }

    /** Roots in order, each followed by its children: the tree flattened with a depth for indenting. */
    static List<StepView> tree(List<ProcessingStep> steps) {
        var result = new ArrayList<StepView>();
        // One direction creates its steps at the same instant: lead, then supporting, then information units.
        var order = java.util.Comparator.comparing(ProcessingStep::createdAt)
                .thenComparing(step -> step.kind().ordinal());
        steps.stream().filter(step -> step.parentId() == null).sorted(order).forEach(root -> {
            result.add(stepView(root, 0));
            steps.stream().filter(child -> root.id().equals(child.parentId())).sorted(order)
                    .forEach(child -> result.add(stepView(child, 1)));
        });
        return result;
    }

    private static StepView stepView(ProcessingStep step, int depth) {
        return new StepView(step.id(), step.parentId(), step.kind(), step.departmentId(), step.departmentName(),
                step.assigneeOfficialId(), step.assigneeName(), step.assignedByName(), step.instruction(),
                step.deadline(), step.status(), step.createdAt(), step.completedAt(), step.result(),
                step.replyDocumentId(), step.notes().stream()
                        .map(note -> new StepView.NoteView(note.authorName(), note.note(), note.writtenAt())).toList(),
                depth);
    }

    /** Filters of the incoming list: words (q), status, urgency and an arrival period. */
    public record IncomingFilter(String q, IncomingStatus status, Urgency urgency, LocalDate from, LocalDate to) {

        public static IncomingFilter words(String q) {
            return new IncomingFilter(q, null, null, null, null);
        }
    }
}
