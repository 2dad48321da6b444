package vn.openprovince.document.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.AdvisoryBody;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.NumberAndSymbol;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;
import vn.openprovince.organization.VietnameseText;

/**
 * Văn bản đi: drafted by a specialist, reviewed up a chain, signed by the competent leader and
 * issued by the clerk with its number and symbol. Every file it had is kept as a version.
 */
@Entity
@Table(name = "outgoing_document")
class OutgoingDocument {

    @Id
    private UUID id;
    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;
    @Column(name = "drafting_department_id")
    private UUID draftingDepartmentId;
    @Column(name = "drafter_official_id", nullable = false)
    private UUID drafterOfficialId;
    @Column(name = "drafter_name")
    private String drafterName;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;
    @Column(nullable = false, length = 500)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Secrecy secrecy;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_position")
    private String signerPosition;
    private Integer pages;
    @Column(name = "reply_deadline")
    private LocalDate replyDeadline;
    @Column(name = "in_reply_to")
    private UUID inReplyTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutgoingStatus status;
    @Column(name = "review_round", nullable = false)
    private int reviewRound;
    private String series;
    @Column(name = "issue_year")
    private Integer issueYear;
    @Column(name = "issue_number")
    private Integer number;
    private String symbol;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Column(name = "issued_by_name")
    private String issuedByName;
    @Column(name = "paper_copy", nullable = false)
    private boolean paperCopy;
    @Column(name = "edxml_document_id")
    private String edxmlDocumentId;
    @Column(name = "search_text", nullable = false, length = IncomingDocument.SEARCH_TEXT_LIMIT)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderBy("ordinal")
    private List<OutgoingVersion> versions = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderBy("round, ordinal")
    private List<ReviewStep> reviews = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    private List<OutgoingRecipient> recipients = new ArrayList<>();
    @Column(name = "advisory_body_name", length = 200)
    private String advisoryBodyName;
    @Column(name = "advisory_body_abbreviation", length = 20)
    private String advisoryBodyAbbreviation;
    @Column(name = "replaces_id")
    private UUID replacesId;
    @Column(name = "replaced_by_id")
    private UUID replacedById;
    @Column(name = "replaced_by_number_and_symbol", length = 60)
    private String replacedByNumberAndSymbol;
    @Column(name = "replaced_at")
    private Instant replacedAt;
    @Version
    private long version;

    protected OutgoingDocument() {
    }

    /** Soạn thảo: a new draft with its first file. */
    OutgoingDocument(UUID agencyId, UUID draftingDepartmentId, Actor drafter, OutgoingDraft input, StoredFile file,
                     String fileName, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.draftingDepartmentId = draftingDepartmentId;
        this.drafterOfficialId = drafter.officialId();
        this.drafterName = drafter.name();
        this.documentType = input.type();
        this.summary = input.summary();
        this.urgency = input.urgency();
        this.secrecy = input.secrecy();
        this.signerName = input.signerName();
        this.signerPosition = input.signerPosition();
        this.pages = input.pages() != null ? input.pages() : file.pages();
        this.replyDeadline = input.replyDeadline();
        this.inReplyTo = input.inReplyTo();
        this.replacesId = input.replaces();
        if (input.advisoryBody() != null) {
            this.advisoryBodyName = input.advisoryBody().name();
            this.advisoryBodyAbbreviation = input.advisoryBody().abbreviation();
        }
        this.status = OutgoingStatus.DRAFT;
        this.createdAt = now;
        this.versions.add(new OutgoingVersion(1, "DRAFT", file, fileName, drafter.name(), now));
        this.searchText = searchText(file.text());
    }

    private String searchText(String fileText) {
        String text = VietnameseText.fold(String.join(" ", symbol == null ? "" : numberAndSymbol().toString(),
                documentType.vietnameseName(), summary, Objects.toString(signerName, ""),
                Objects.toString(drafterName, ""), fileText));
        return text.length() > IncomingDocument.SEARCH_TEXT_LIMIT
                ? text.substring(0, IncomingDocument.SEARCH_TEXT_LIMIT) : text;
    }

    /** The advisory body named as the issuer, if the document is one of its own. */
    Optional<AdvisoryBody> advisoryBody() {
        return advisoryBodyAbbreviation == null ? Optional.empty()
                : Optional.of(new AdvisoryBody(advisoryBodyName, advisoryBodyAbbreviation));
    }

    /** Cập nhật dự thảo: the drafter uploads a new file while the draft is theirs to edit. */
    void addDraftVersion(Actor drafter, StoredFile file, String fileName, Instant now) {
        requireDrafter(drafter);
        if (status != OutgoingStatus.DRAFT && status != OutgoingStatus.RETURNED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        versions.add(new OutgoingVersion(versions.size() + 1, "DRAFT", file, fileName, drafter.name(), now));
        searchText = searchText(file.text());
    }

    /** Trình duyệt: starts a review round along the reviewers, one after the other. */
    void submit(Actor drafter, List<Reviewer> chain) {
        submit(drafter, chain, false);
    }

    /**
     * Trình duyệt: starts a review round, the reviewers one after the other or, when parallel, all at
     * once; the draft is approved when every reviewer approved, and the last named signs.
     */
    void submit(Actor drafter, List<Reviewer> chain, boolean parallel) {
        requireDrafter(drafter);
        if (status != OutgoingStatus.DRAFT && status != OutgoingStatus.RETURNED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        if (chain.isEmpty()) {
            throw new DocumentException(DocumentError.DOC_REVIEWERS_REQUIRED);
        }
        reviewRound++;
        for (int i = 0; i < chain.size(); i++) {
            reviews.add(new ReviewStep(reviewRound, i + 1, chain.get(i).officialId(), chain.get(i).name(), parallel));
        }
        status = OutgoingStatus.IN_REVIEW;
    }

    /** Cho ý kiến: a comment from the reviewer whose turn it is; the draft stays with them. */
    void comment(Actor reviewer, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DocumentException(DocumentError.DOC_MISSING_COMMENT);
        }
        currentStepOf(reviewer).comment(comment.strip());
    }

    /** Trả lại: back to the drafter for revision; a reason is required. */
    void returnForRevision(Actor reviewer, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new DocumentException(DocumentError.DOC_MISSING_COMMENT);
        }
        currentStepOf(reviewer).decide(ReviewStatus.RETURNED, comment.strip(), now);
        currentRound().stream().filter(step -> step.status() == ReviewStatus.WAITING
                || step.status() == ReviewStatus.PENDING).forEach(ReviewStep::skip);
        status = OutgoingStatus.RETURNED;
    }

    /** Đồng ý: passes to the next reviewer, or, from the last one, approves the draft. */
    void approve(Actor reviewer, String comment, Instant now) {
        var step = currentStepOf(reviewer);
        step.decide(ReviewStatus.APPROVED, comment == null || comment.isBlank() ? null : comment.strip(), now);
        if (currentRound().stream().anyMatch(s -> s.status() == ReviewStatus.PENDING)) {
            return; // parallel reviewers still to give their opinion
        }
        var next = currentRound().stream().filter(s -> s.status() == ReviewStatus.WAITING).findFirst();
        if (next.isPresent()) {
            next.get().open();
        } else {
            status = OutgoingStatus.APPROVED;
        }
    }

    /** Whether it is this official's turn to give an opinion. */
    boolean awaitsReviewBy(UUID officialId) {
        return status == OutgoingStatus.IN_REVIEW && currentRound().stream()
                .anyMatch(s -> s.status() == ReviewStatus.PENDING && s.reviewerOfficialId().equals(officialId));
    }

    private ReviewStep currentStepOf(Actor reviewer) {
        if (status != OutgoingStatus.IN_REVIEW) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        return currentRound().stream().filter(s -> s.status() == ReviewStatus.PENDING
                        && s.reviewerOfficialId().equals(reviewer.officialId())).findFirst()
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_NOT_YOUR_TURN));
    }

    private List<ReviewStep> currentRound() {
        return reviews.stream().filter(step -> step.round() == reviewRound)
                .sorted(Comparator.comparingInt(ReviewStep::ordinal)).toList();
    }

    /** Who approved last in the current round: the competent person who signs. */
    Optional<UUID> finalApprover() {
        var round = currentRound();
        return round.isEmpty() ? Optional.empty() : Optional.of(round.getLast().reviewerOfficialId());
    }

    /** Ký số: the final approver's signed PDF becomes the current version. */
    void signed(Actor signer, StoredFile signedFile, Instant now) {
        if (status != OutgoingStatus.APPROVED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        if (!finalApprover().map(signer.officialId()::equals).orElse(false)) {
            throw new DocumentException(DocumentError.DOC_NOT_YOUR_TURN);
        }
        versions.add(new OutgoingVersion(versions.size() + 1, "SIGNED", signedFile, currentVersion().fileName(),
                signer.name(), now));
        if (signerName == null) {
            signerName = signer.name();
        }
        status = OutgoingStatus.SIGNED;
    }

    boolean readyToIssue() {
        return status == OutgoingStatus.APPROVED || status == OutgoingStatus.SIGNED;
    }

    /** Phát hành: the number, symbol and date are the system's; the sealed file (if any) is the issued version. */
    void issue(String series, int year, NumberAndSymbol numberAndSymbol, LocalDate issueDate, Instant now,
               Actor clerk, List<OutgoingRecipient> recipients, boolean paperCopy, String edxmlDocumentId,
               StoredFile sealedFile) {
        if (!readyToIssue()) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        if (recipients.isEmpty()) {
            throw new DocumentException(DocumentError.DOC_RECIPIENTS_REQUIRED);
        }
        this.series = series;
        this.issueYear = year;
        this.number = numberAndSymbol.number();
        this.symbol = numberAndSymbol.symbol();
        this.issueDate = issueDate;
        this.issuedAt = now;
        this.issuedByName = clerk.name();
        this.paperCopy = paperCopy;
        this.edxmlDocumentId = edxmlDocumentId;
        this.recipients.addAll(recipients);
        if (sealedFile != null) {
            versions.add(new OutgoingVersion(versions.size() + 1, "ISSUED", sealedFile, currentVersion().fileName(),
                    clerk.name(), now));
        }
        this.status = OutgoingStatus.ISSUED;
        this.searchText = searchText(searchText);
    }

    /** Thu hồi: an issued document is frozen, its metadata kept (Decree 30 Appendix VI). */
    void recall(String reason) {
        if (status != OutgoingStatus.ISSUED) {
            throw new DocumentException(DocumentError.DOC_WRONG_STATUS);
        }
        if (reason == null || reason.isBlank()) {
            throw new DocumentException(DocumentError.DOC_MISSING_REASON);
        }
        status = OutgoingStatus.RECALLED;
    }

    /** Whether a new draft may still name this document as the one it replaces. */
    boolean replaceable() {
        return status == OutgoingStatus.ISSUED;
    }

    /**
     * Thay thế: the replacement was issued; this document is frozen as replaced, its metadata kept,
     * with the link to its replacement.
     */
    void replacedBy(OutgoingDocument replacement, Instant now) {
        if (!replaceable() || replacement.numberAndSymbol() == null) {
            throw new DocumentException(DocumentError.DOC_NOT_REPLACEABLE);
        }
        this.replacedById = replacement.id();
        this.replacedByNumberAndSymbol = replacement.numberAndSymbol().toString();
        this.replacedAt = now;
        this.status = OutgoingStatus.REPLACED;
    }

    private void requireDrafter(Actor drafter) {
        if (!drafterOfficialId.equals(drafter.officialId())) {
            throw new DocumentException(DocumentError.DOC_NOT_YOUR_TURN);
        }
    }

    OutgoingVersion currentVersion() {
        return versions.getLast();
    }

    NumberAndSymbol numberAndSymbol() {
        return number == null ? null : new NumberAndSymbol(number, symbol);
    }

    boolean reviewedBy(UUID officialId) {
        return officialId != null && reviews.stream().anyMatch(step -> officialId.equals(step.reviewerOfficialId()));
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID draftingDepartmentId() {
        return draftingDepartmentId;
    }

    UUID drafterOfficialId() {
        return drafterOfficialId;
    }

    String drafterName() {
        return drafterName;
    }

    DocumentType documentType() {
        return documentType;
    }

    String summary() {
        return summary;
    }

    Urgency urgency() {
        return urgency;
    }

    Secrecy secrecy() {
        return secrecy;
    }

    String signerName() {
        return signerName;
    }

    String signerPosition() {
        return signerPosition;
    }

    Integer pages() {
        return pages;
    }

    LocalDate replyDeadline() {
        return replyDeadline;
    }

    UUID inReplyTo() {
        return inReplyTo;
    }

    UUID replacesId() {
        return replacesId;
    }

    UUID replacedById() {
        return replacedById;
    }

    String replacedByNumberAndSymbol() {
        return replacedByNumberAndSymbol;
    }

    Instant replacedAt() {
        return replacedAt;
    }

    OutgoingStatus status() {
        return status;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    LocalDate issueDate() {
        return issueDate;
    }

    String issuedByName() {
        return issuedByName;
    }

    boolean paperCopy() {
        return paperCopy;
    }

    String edxmlDocumentId() {
        return edxmlDocumentId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<OutgoingVersion> versions() {
        return versions;
    }

    List<ReviewStep> reviews() {
        return reviews;
    }

    List<OutgoingRecipient> recipients() {
        return recipients;
    }
}
