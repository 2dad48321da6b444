package vn.openprovince.document.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.AdvisoryBody;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.DocumentRecalled;
import vn.openprovince.document.DocumentReplaced;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.NumberAndSymbol;
import vn.openprovince.document.OutgoingDocumentIssued;
import vn.openprovince.document.Secrecy;
import vn.openprovince.organization.AgencyGroup;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.DocumentSigner;

/**
 * Văn bản đi: drafting with versions, review along a chain, the leader's signature and issue by
 * the clerk with a number from the agency's series and the Decree 30 symbol.
 */
@Service
public class OutgoingService {

    private final OutgoingDocuments documents;
    private final IncomingDocuments incoming;
    private final StoredFiles files;
    private final FileInspector inspector;
    private final NumberSeries numbers;
    private final Transactions transactions;
    private final TransactionTemplate readOnly;
    private final DocumentAccess access;
    private final OrganizationDirectory directory;
    private final DocumentSigner signer;
    private final DocumentSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OutgoingService(OutgoingDocuments documents, IncomingDocuments incoming, StoredFiles files, FileInspector inspector, NumberSeries numbers,
                    Transactions transactions, org.springframework.transaction.PlatformTransactionManager transactionManager,
                    DocumentAccess access, OrganizationDirectory directory, DocumentSigner signer,
                    DocumentSettings settings, AuditTrail audit, ApplicationEventPublisher events) {
        this.documents = documents;
        this.incoming = incoming;
        this.files = files;
        this.inspector = inspector;
        this.numbers = numbers;
        this.transactions = transactions;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.access = access;
        this.directory = directory;
        this.signer = signer;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /** Soạn thảo: a new draft (PDF or DOCX) of the drafter's agency or of the agency above it. */
    @Transactional
    public OutgoingView draft(OutgoingDraft raw, String fileName, byte[] content) {
        Viewer viewer = access.viewer();
        if (raw == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_METADATA);
        }
        var input = raw.normalized();
        if (viewer.agencyId() == null) {
            throw new DocumentException(DocumentError.DOC_NOT_AN_OFFICIAL);
        }
        UUID agencyId = input.agencyId() != null ? input.agencyId() : viewer.agencyId().value();
        UUID own = viewer.agencyId().value();
        UUID parent = directory.agency(viewer.agencyId()).map(AgencySummary::parentId).map(AgencyId::value).orElse(null);
        if (!agencyId.equals(own) && !agencyId.equals(parent)) {
            throw new DocumentException(DocumentError.DOC_INVALID_ISSUING_AGENCY);
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
        if (input.advisoryBody() != null && !input.advisoryBody().isValid()) {
            throw new DocumentException(DocumentError.DOC_INVALID_ADVISORY_BODY);
        }
        if (input.replaces() != null) {
            replaceableBy(agencyId, input.replaces());
        }
        var file = inspector.pdfOrDocx(fileName, content);
        Instant now = Instant.now();
        var document = documents.save(new OutgoingDocument(agencyId, viewer.departmentId(), viewer.actor(), input,
                store(file, now), file.fileName(), now));
        audit.record("outgoing.drafted", "OutgoingDocument", document.id(), agencyId,
                document.documentType().vietnameseName() + ": " + document.summary());
        return view(document);
    }

    /**
     * The issued document of the issuing agency a draft names as the one it replaces; a document of
     * another agency is as unknown as a missing one.
     */
    private OutgoingDocument replaceableBy(UUID agencyId, UUID replacedId) {
        var replaced = documents.findById(replacedId)
                .filter(document -> document.agencyId().equals(agencyId))
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        if (!replaced.replaceable()) {
            throw new DocumentException(DocumentError.DOC_NOT_REPLACEABLE);
        }
        return replaced;
    }

    /** Cập nhật dự thảo: a new version of the file, kept beside the earlier ones. */
    @Transactional
    public OutgoingView addVersion(UUID id, String fileName, byte[] content) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        var file = inspector.pdfOrDocx(fileName, content);
        Instant now = Instant.now();
        document.addDraftVersion(viewer.actor(), store(file, now), file.fileName(), now);
        documents.flush();
        audit.record("outgoing.version-added", "OutgoingDocument", id, document.agencyId(),
                "phiên bản " + document.versions().size());
        return view(document);
    }

    /** Trình duyệt: the drafter sends the draft up the chain of reviewers, in order. */
    @Transactional
    public OutgoingView submit(UUID id, List<UUID> reviewerIds) {
        return submit(id, reviewerIds, false);
    }

    /** Trình duyệt: the reviewers in order, or all at once when {@code parallel}; the last named signs. */
    @Transactional
    public OutgoingView submit(UUID id, List<UUID> reviewerIds, boolean parallel) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (reviewerIds == null || reviewerIds.isEmpty()) {
            throw new DocumentException(DocumentError.DOC_REVIEWERS_REQUIRED);
        }
        var chain = new ArrayList<Reviewer>();
        for (UUID reviewerId : reviewerIds) {
            OfficialSummary official = directory.official(reviewerId)
                    .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_OFFICIAL));
            chain.add(new Reviewer(official.id(), official.fullName()));
        }
        document.submit(viewer.actor(), chain, parallel);
        audit.record("outgoing.submitted", "OutgoingDocument", id, document.agencyId(),
                chain.stream().map(Reviewer::name).reduce((a, b) -> a + (parallel ? " + " : " → ") + b).orElse(""));
        return view(document);
    }

    /** Cho ý kiến, trả lại or đồng ý, by the reviewer whose turn it is. */
    @Transactional
    public OutgoingView review(UUID id, ReviewInput input) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        Instant now = Instant.now();
        var decision = input == null || input.decision() == null ? ReviewInput.Decision.COMMENT : input.decision();
        String comment = input == null ? null : input.comment();
        switch (decision) {
            case COMMENT -> document.comment(viewer.actor(), comment);
            case RETURN -> document.returnForRevision(viewer.actor(), comment, now);
            case APPROVE -> document.approve(viewer.actor(), comment, now);
        }
        audit.record("outgoing." + switch (decision) {
            case COMMENT -> "commented";
            case RETURN -> "returned";
            case APPROVE -> document.status() == OutgoingStatus.APPROVED ? "approved" : "review-passed";
        }, "OutgoingDocument", id, document.agencyId(), comment);
        return view(document);
    }

    /**
     * Ký số: the final approver signs a PDF with their personal signature; a DOCX cannot be signed
     * here and stays approved, to be signed on paper.
     */
    @Transactional
    public OutgoingView sign(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (document.status() != OutgoingStatus.APPROVED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        if (!document.finalApprover().map(viewer.officialId()::equals).orElse(false)) {
            throw new DocumentException(DocumentError.DOC_NOT_YOUR_TURN);
        }
        var current = document.currentVersion();
        if (!current.isPdf()) {
            audit.record("outgoing.approved-unsigned", "OutgoingDocument", id, document.agencyId(), current.fileName());
            return view(document);
        }
        byte[] signed = signer.signPersonal(files.findById(current.fileId()).orElseThrow().content(), viewer.officialId());
        Instant now = Instant.now();
        document.signed(viewer.actor(), store(inspector.pdf(current.fileName(), signed), now), now);
        documents.flush();
        audit.record("outgoing.signed", "OutgoingDocument", id, document.agencyId(), viewer.name());
        return view(document);
    }

    /**
     * Phát hành: the clerk of the issuing agency issues an approved or signed document. The number
     * comes from the agency's series of the year (secret documents apart, configured types apart),
     * the symbol from the type and the abbreviations; a signed PDF gets the agency's signature.
     */
    public IssuedNumber issue(UUID id, IssueInput input) {
        Viewer viewer = access.viewer();
        record Prepared(UUID agencyId, String series, String symbol, String organId, List<OutgoingRecipient> recipients,
                        byte[] sealed, String fileName) {
        }
        Prepared prepared = readOnly.execute(status -> {
            var document = visible(viewer, id);
            if (!viewer.isClerkOf(document.agencyId())) {
                throw new DocumentException(DocumentError.DOC_NOT_A_CLERK);
            }
            if (!document.readyToIssue()) {
                throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
            }
            if (document.replacesId() != null) {
                replaceableBy(document.agencyId(), document.replacesId());
            }
            var agency = directory.agency(new AgencyId(document.agencyId())).orElseThrow();
            if (agency.abbreviation() == null || agency.abbreviation().isBlank()) {
                throw new DocumentException(DocumentError.DOC_NO_AGENCY_ABBREVIATION);
            }
            String unitAbbreviation = null;
            if (document.documentType().abbreviation() == null) {
                unitAbbreviation = document.draftingDepartmentId() == null ? null
                        : directory.department(document.draftingDepartmentId()).map(DepartmentSummary::abbreviation)
                                .filter(abbreviation -> !abbreviation.isBlank()).orElse(null);
                if (unitAbbreviation == null) {
                    throw new DocumentException(DocumentError.DOC_NO_UNIT_ABBREVIATION);
                }
            }
            // An advisory body's abbreviation stands where the agency's would.
            String issuerAbbreviation = document.advisoryBody().map(AdvisoryBody::abbreviation)
                    .orElse(agency.abbreviation());
            String symbol = NumberAndSymbol.symbolFor(document.documentType(), issuerAbbreviation,
                    unitAbbreviation);
            var recipients = recipients(input);
            byte[] sealed = null;
            var current = document.currentVersion();
            if (document.status() == OutgoingStatus.SIGNED && current.isPdf()) {
                sealed = files.findById(current.fileId()).orElseThrow().content();
            }
            return new Prepared(document.agencyId(), seriesOf(document), symbol, agency.identifierCode(), recipients,
                    sealed, current.fileName());
        });
        // The agency signs outside the numbering transaction, so the series lock is held briefly.
        byte[] sealed = prepared.sealed() == null ? null : signer.signAsAgency(prepared.sealed(),
                new AgencyId(prepared.agencyId()));
        InspectedFile sealedFile = sealed == null ? null : inspector.pdf(prepared.fileName(), sealed);
        Instant now = Instant.now();
        LocalDate issueDate = now.atZone(IncomingDocument.ZONE).toLocalDate();
        int year = issueDate.getYear();
        numbers.prepare(prepared.agencyId(), prepared.series(), year);
        return transactions.withNumberLock(() -> {
            var document = visible(viewer, id);
            // The replaced document is checked again under the lock: it may have been recalled or replaced since.
            var replaced = document.replacesId() == null ? null
                    : replaceableBy(document.agencyId(), document.replacesId());
            int number = numbers.next(prepared.agencyId(), prepared.series(), year);
            var numberAndSymbol = new NumberAndSymbol(number, prepared.symbol());
            String edxmlId = numberAndSymbol.edxmlDocumentId(prepared.organId(), issueDate);
            boolean paperCopy = input != null && Boolean.TRUE.equals(input.paperCopy());
            document.issue(prepared.series(), year, numberAndSymbol, issueDate, now, viewer.actor(),
                    prepared.recipients(), paperCopy, edxmlId, sealedFile == null ? null : store(sealedFile, now));
            documents.flush();
            audit.record("outgoing.issued", "OutgoingDocument", id, prepared.agencyId(),
                    numberAndSymbol + " ngày " + issueDate + (paperCopy ? ", kèm bản giấy" : ", chỉ bản điện tử"));
            events.publishEvent(new OutgoingDocumentIssued(id, new AgencyId(prepared.agencyId()), prepared.organId(),
                    numberAndSymbol.formattedNumber(), numberAndSymbol.symbol(), issueDate, now, edxmlId,
                    document.recipients().stream().map(r -> new OutgoingDocumentIssued.Recipient(
                            r.agencyId() == null ? null : new AgencyId(r.agencyId()), r.name(), r.identifierCode()))
                            .toList(), paperCopy, replaced == null ? null
                            : new OutgoingDocumentIssued.Replaces(replaced.id(), replaced.edxmlDocumentId())));
            if (replaced != null) {
                replaced.replacedBy(document, now);
                documents.flush();
                audit.record("outgoing.replaced", "OutgoingDocument", replaced.id(), replaced.agencyId(),
                        "thay thế bằng văn bản " + numberAndSymbol + " ngày " + issueDate);
                events.publishEvent(new DocumentReplaced(replaced.id(), id, new AgencyId(prepared.agencyId()),
                        replaced.edxmlDocumentId(), edxmlId, now));
            }
            return new IssuedNumber(id, numberAndSymbol.formattedNumber(), numberAndSymbol.symbol(),
                    numberAndSymbol.toString(), issueDate, edxmlId, sealed != null);
        });
    }

    /**
     * Secret documents are numbered apart (the secret register wins over everything else); an advisory
     * body has its own series; configured types have theirs; the rest share the agency's.
     */
    private String seriesOf(OutgoingDocument document) {
        if (document.secrecy().isClassified()) {
            return NumberSeries.SECRET;
        }
        if (document.advisoryBody().isPresent()) {
            return document.advisoryBody().get().series();
        }
        DocumentType type = document.documentType();
        return settings.ownSeriesTypes().contains(type) ? type.name() : NumberSeries.ADMINISTRATIVE;
    }

    private List<OutgoingRecipient> recipients(IssueInput input) {
        boolean noRecipients = input == null || input.recipients() == null || input.recipients().isEmpty();
        boolean noGroups = input == null || input.groups() == null || input.groups().isEmpty();
        if (noRecipients && noGroups) {
            throw new DocumentException(DocumentError.DOC_RECIPIENTS_REQUIRED);
        }
        var result = new ArrayList<OutgoingRecipient>();
        var seen = new HashSet<String>();
        if (!noGroups) {
            for (var group : new java.util.LinkedHashSet<>(input.groups())) {
                if (group == null) {
                    continue;
                }
                for (var agency : directory.agencyGroup(group)) {
                    if (seen.add(agency.id().toString())) {
                        result.add(new OutgoingRecipient(agency.id().value(), agency.name(), agency.identifierCode()));
                    }
                }
            }
        }
        for (var recipient : noRecipients ? List.<IssueInput.RecipientInput>of() : input.recipients()) {
            if (recipient == null) {
                continue;
            }
            if (recipient.agencyId() != null) {
                var agency = directory.agency(new AgencyId(recipient.agencyId()))
                        .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_RECIPIENT));
                if (seen.add(agency.id().toString())) {
                    result.add(new OutgoingRecipient(agency.id().value(), agency.name(), agency.identifierCode()));
                }
            } else {
                String name = IncomingRegistration.clean(recipient.name());
                if (name == null) {
                    throw new DocumentException(DocumentError.DOC_UNKNOWN_RECIPIENT);
                }
                String code = IncomingRegistration.clean(recipient.identifierCode());
                if (seen.add(name + "|" + code)) {
                    result.add(new OutgoingRecipient(null, name, code));
                }
            }
        }
        if (result.isEmpty()) {
            throw new DocumentException(DocumentError.DOC_RECIPIENTS_REQUIRED);
        }
        return result;
    }

    /** Thu hồi: the clerk or a leader of the issuing agency recalls an issued document, with a reason. */
    @Transactional
    public OutgoingView recall(UUID id, String reason) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        if (!viewer.isClerkOf(document.agencyId()) && !viewer.isLeaderOf(document.agencyId())) {
            throw new AccessDeniedException("only the issuing agency's clerk or leaders recall");
        }
        document.recall(IncomingRegistration.clean(reason));
        Instant now = Instant.now();
        audit.record("outgoing.recalled", "OutgoingDocument", id, document.agencyId(), reason);
        // Copies registered by recipients on this platform lose their content; their registration stays.
        for (var recipient : document.recipients()) {
            if (recipient.incomingId() != null) {
                incoming.findById(recipient.incomingId()).ifPresent(copy -> {
                    copy.recall(reason.strip(), now);
                    audit.record("incoming.recalled", "IncomingDocument", copy.id(), copy.agencyId(),
                            "thu hồi văn bản " + document.numberAndSymbol() + ": " + reason.strip());
                });
            }
        }
        events.publishEvent(new DocumentRecalled(id, new AgencyId(document.agencyId()), document.edxmlDocumentId(),
                reason.strip(), now));
        return view(document);
    }

    @Transactional(readOnly = true)
    public DocumentPage<OutgoingView> list(String q, OutgoingStatus status, int page, int size) {
        Viewer viewer = access.viewer();
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), IncomingService.MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        Specification<OutgoingDocument> spec = visibleTo(viewer).and((root, query, cb) -> {
            var all = new ArrayList<Predicate>();
            for (String word : IncomingService.words(q)) {
                all.add(cb.like(root.get("searchText"), "%" + word + "%"));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            return cb.and(all.toArray(Predicate[]::new));
        });
        return DocumentPage.of(documents.findAll(spec, pageable).map(this::view));
    }

    static Specification<OutgoingDocument> visibleTo(Viewer viewer) {
        return (root, query, cb) -> {
            if (viewer.clerkOf().all() || viewer.leaderOf().all()) {
                return cb.conjunction();
            }
            var anyOf = new ArrayList<Predicate>();
            var agencies = new HashSet<UUID>(viewer.clerkOf().agencyUuids());
            agencies.addAll(viewer.leaderOf().agencyUuids());
            if (!agencies.isEmpty()) {
                anyOf.add(root.get("agencyId").in(agencies));
            }
            anyOf.add(cb.equal(root.get("drafterOfficialId"), viewer.officialId()));
            var reviewed = query.subquery(UUID.class);
            var other = reviewed.from(OutgoingDocument.class);
            var review = other.join("reviews");
            reviewed.select(other.get("id")).where(cb.equal(review.get("reviewerOfficialId"), viewer.officialId()));
            anyOf.add(root.get("id").in(reviewed));
            if (viewer.departmentHead() && viewer.departmentId() != null) {
                anyOf.add(cb.and(cb.equal(root.get("draftingDepartmentId"), viewer.departmentId()),
                        cb.equal(root.get("secrecy"), Secrecy.NORMAL)));
            }
            return cb.or(anyOf.toArray(Predicate[]::new));
        };
    }

    @Transactional
    public OutgoingView get(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        audit.record("outgoing.viewed", "OutgoingDocument", id, document.agencyId(), null);
        return view(document);
    }

    /** The current file (or an earlier version); the download is audited. */
    @Transactional
    public FileDownload file(UUID id, Integer versionOrdinal) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        var version = versionOrdinal == null ? document.currentVersion() : document.versions().stream()
                .filter(v -> v.ordinal() == versionOrdinal).findFirst()
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        var file = files.findById(version.fileId()).orElseThrow();
        audit.record("outgoing.downloaded", "OutgoingDocument", id, document.agencyId(),
                "phiên bản " + version.ordinal() + ": " + version.fileName());
        return new FileDownload(version.fileName(), version.mediaType(), file.content());
    }

    /** What the viewer may do next, for the page's action forms. */
    @Transactional(readOnly = true)
    public NextActions nextActions(UUID id) {
        Viewer viewer = access.viewer();
        var document = visible(viewer, id);
        boolean drafter = viewer.officialId().equals(document.drafterOfficialId());
        boolean editable = document.status() == OutgoingStatus.DRAFT || document.status() == OutgoingStatus.RETURNED;
        boolean review = document.awaitsReviewBy(viewer.officialId());
        boolean sign = document.status() == OutgoingStatus.APPROVED && document.currentVersion().isPdf()
                && document.finalApprover().map(viewer.officialId()::equals).orElse(false);
        boolean issue = document.readyToIssue() && viewer.isClerkOf(document.agencyId());
        boolean recall = document.status() == OutgoingStatus.ISSUED
                && (viewer.isClerkOf(document.agencyId()) || viewer.isLeaderOf(document.agencyId()));
        return new NextActions(drafter && editable, drafter && editable, review, sign, issue, recall);
    }

    public record NextActions(boolean upload, boolean submit, boolean review, boolean sign, boolean issue,
                              boolean recall) {
    }

    /** The viewer's own outgoing documents, newest first, to name one as the reply to an incoming document. */
    @Transactional(readOnly = true)
    public List<OutgoingView> myDocuments() {
        Viewer viewer = access.viewer();
        return documents.findTop50ByDrafterOfficialIdOrderByCreatedAtDesc(viewer.officialId()).stream()
                .map(this::view).toList();
    }

    /** Who a drafter can send a draft to: the officials of their agency and of the agency above it. */
    public List<OfficialSummary> possibleReviewers() {
        Viewer viewer = access.viewer();
        if (viewer.agencyId() == null) {
            return List.of();
        }
        var result = new ArrayList<OfficialSummary>(directory.officials(viewer.agencyId()));
        directory.agency(viewer.agencyId()).map(AgencySummary::parentId)
                .ifPresent(parent -> result.addAll(directory.officials(parent)));
        result.removeIf(official -> official.id().equals(viewer.officialId()));
        return result;
    }

    /**
     * The agencies a document may be addressed to on the issue form: those of the province and
     * district levels (a few dozen); communes and external agencies are entered by name and code.
     */
    public List<AgencySummary> possibleRecipients() {
        return directory.agencies(vn.openprovince.organization.AgencyScope.ALL).stream()
                .filter(agency -> agency.unitCode() == null || agency.unitCode().length() <= 3).toList();
    }

    /** Nhóm nơi nhận with the number of its current members, for the issue form's group picker. */
    public record RecipientGroup(AgencyGroup group, int members) {
    }

    public List<RecipientGroup> recipientGroups() {
        return java.util.Arrays.stream(AgencyGroup.values())
                .map(group -> new RecipientGroup(group, directory.agencyGroup(group).size())).toList();
    }

    /** The members of one group as recipients, for a client that picks a group and then trims it. */
    public List<IssueInput.RecipientInput> recipientGroup(AgencyGroup group) {
        return directory.agencyGroup(group).stream()
                .map(a -> new IssueInput.RecipientInput(a.id().value(), a.name(), a.identifierCode())).toList();
    }

    /** The agencies a viewer may draft for: their own and the one above it. */
    public List<AgencySummary> draftingAgencies() {
        Viewer viewer = access.viewer();
        var result = new ArrayList<AgencySummary>();
        if (viewer.agencyId() != null) {
            directory.agency(viewer.agencyId()).ifPresent(own -> {
                result.add(own);
                if (own.parentId() != null) {
                    directory.agency(own.parentId()).ifPresent(result::add);
                }
            });
        }
        return result;
    }

    private StoredFile store(InspectedFile file, Instant now) {
        return files.findBySha256(file.sha256()).orElseGet(() -> files.save(new StoredFile(file, now)));
    }

    OutgoingDocument visible(Viewer viewer, UUID id) {
        var document = documents.findById(id)
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_DOCUMENT));
        access.requireSee(viewer, document);
        return document;
    }

    OutgoingView view(OutgoingDocument d) {
        String agencyName = directory.agency(new AgencyId(d.agencyId())).map(AgencySummary::name).orElse(null);
        String departmentName = d.draftingDepartmentId() == null ? null
                : directory.department(d.draftingDepartmentId()).map(DepartmentSummary::name).orElse(null);
        var numberAndSymbol = d.numberAndSymbol();
        return new OutgoingView(d.id(), d.agencyId(), agencyName, d.draftingDepartmentId(), departmentName,
                d.drafterOfficialId(), d.drafterName(), d.documentType(), d.documentType().vietnameseName(),
                d.summary(), d.urgency(), d.secrecy(), d.signerName(), d.signerPosition(), d.pages(),
                d.replyDeadline(), d.inReplyTo(), d.advisoryBody().orElse(null), d.status(),
                numberAndSymbol == null ? null : numberAndSymbol.formattedNumber(),
                numberAndSymbol == null ? null : numberAndSymbol.symbol(),
                numberAndSymbol == null ? null : numberAndSymbol.toString(), d.issueDate(), d.issuedAt(),
                d.issuedByName(), d.paperCopy(), d.edxmlDocumentId(), d.createdAt(),
                d.versions().stream().map(v -> new OutgoingView.Version(v.ordinal(), v.kind(), v.fileName(),
                        v.mediaType(), v.uploadedByName(), v.uploadedAt())).toList(),
                d.reviews().stream().map(r -> new OutgoingView.Review(r.round(), r.ordinal(), r.reviewerOfficialId(),
                        r.reviewerName(), r.status(), r.comment(), r.decidedAt())).toList(),
                d.recipients().stream().map(r -> new OutgoingView.Recipient(r.agencyId(), r.name(),
                        r.identifierCode(), r.incomingId())).toList(),
                d.replacesId() == null ? null : documents.findById(d.replacesId())
                        .map(r -> new OutgoingView.Link(r.id(), r.numberAndSymbol() == null ? null
                                : r.numberAndSymbol().toString(), d.issuedAt())).orElse(null),
                d.replacedById() == null ? null : new OutgoingView.Link(d.replacedById(),
                        d.replacedByNumberAndSymbol(), d.replacedAt()));
    }
}
