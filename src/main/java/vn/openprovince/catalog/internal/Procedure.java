package vn.openprovince.catalog.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcedureId;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.catalog.ProcedureVersionPublished;
import vn.openprovince.organization.VietnameseText;

/**
 * Thủ tục hành chính: a procedure with its code and its versions. At most one version is current
 * (published, in force) and at most one is a draft. The name, field, level and online service of the
 * current version (or of the first draft, before anything is published) are kept here for searching.
 */
@Entity
@Table(name = "catalog_procedure")
class Procedure {

    @Id
    private UUID id;
    private String code;
    @Column(name = "code_standard")
    private boolean codeStandard;
    @Column(name = "code_verified")
    private boolean codeVerified;
    @Column(name = "managing_agency_id")
    private UUID managingAgencyId;
    @Column(name = "sample_data")
    private boolean sampleData;
    private String name;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "field_code")
    private String fieldCode;
    @Column(name = "level_code")
    private String levelCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_service")
    private OnlineService onlineService;
    @Column(name = "current_version_id")
    private UUID currentVersionId;
    @Column(name = "draft_version_id")
    private UUID draftVersionId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ProcedureVersion> versions = new ArrayList<>();

    protected Procedure() {
    }

    /** Registers a new procedure with its first version as a draft. */
    Procedure(ProcedureCodeRule.CheckedCode code, UUID managingAgencyId, boolean sampleData, ProcedureContent content,
              Instant now) {
        this.id = UUID.randomUUID();
        this.code = code.value();
        this.codeStandard = code.standard();
        this.managingAgencyId = managingAgencyId;
        this.sampleData = sampleData;
        this.createdAt = now;
        var first = new ProcedureVersion(this, 1, content, now);
        versions.add(first);
        draftVersionId = first.id();
        list(first);
    }

    /** Writes the draft: revises the open one, or opens a new one after the current version. */
    ProcedureVersion reviseDraft(ProcedureContent content, Instant now) {
        var draft = draft().orElse(null);
        if (draft == null) {
            draft = new ProcedureVersion(this, versions.getLast().number() + 1, content, now);
            versions.add(draft);
            draftVersionId = draft.id();
        } else {
            draft.revise(content);
        }
        if (currentVersionId == null) {
            list(draft);
        }
        return draft;
    }

    /**
     * Publishes the draft from a date on: it becomes the current version and the previous one stops
     * applying the day before. The date may be in the past (the date of the publishing decision) but
     * not in the future, and must come after the previous version's start.
     */
    ProcedureVersionPublished publish(LocalDate effectiveFrom, LocalDate today, Instant now) {
        var draft = draft().orElseThrow(() -> new CatalogException(CatalogError.CAT_NO_DRAFT, code));
        var previous = current();
        if (effectiveFrom == null || effectiveFrom.isAfter(today)
                || previous.filter(p -> !effectiveFrom.isAfter(p.effectiveFrom())).isPresent()) {
            throw new CatalogException(CatalogError.CAT_INVALID_EFFECTIVE_DATE,
                    previous.map(ProcedureVersion::effectiveFrom).orElse(null));
        }
        previous.ifPresent(p -> p.supersede(effectiveFrom.minusDays(1)));
        draft.publish(effectiveFrom, now);
        currentVersionId = draft.id();
        draftVersionId = null;
        list(draft);
        return new ProcedureVersionPublished(new ProcedureId(id), new ProcedureVersionId(draft.id()), code,
                draft.number(), effectiveFrom, previous.map(p -> new ProcedureVersionId(p.id())).orElse(null));
    }

    void assignManagingAgency(UUID agencyId) {
        this.managingAgencyId = agencyId;
    }

    /** Records whether an administrator checked the code against the national database. */
    void markCodeVerified(boolean verified) {
        this.codeVerified = verified;
    }

    Optional<ProcedureVersion> draft() {
        return versions.stream().filter(v -> v.id().equals(draftVersionId)).findFirst();
    }

    Optional<ProcedureVersion> current() {
        return versions.stream().filter(v -> v.id().equals(currentVersionId)).findFirst();
    }

    List<ProcedureVersion> versions() {
        return List.copyOf(versions);
    }

    private void list(ProcedureVersion version) {
        this.name = version.name();
        this.searchText = VietnameseText.fold(code + " " + version.name());
        this.fieldCode = version.fieldCode();
        this.levelCode = version.levelCode();
        this.onlineService = version.onlineService();
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean codeStandard() {
        return codeStandard;
    }

    boolean codeVerified() {
        return codeVerified;
    }

    UUID managingAgencyId() {
        return managingAgencyId;
    }

    boolean sampleData() {
        return sampleData;
    }

    String name() {
        return name;
    }

    String fieldCode() {
        return fieldCode;
    }

    String levelCode() {
        return levelCode;
    }

    OnlineService onlineService() {
        return onlineService;
    }

    UUID currentVersionId() {
        return currentVersionId;
    }

    UUID draftVersionId() {
        return draftVersionId;
    }

    boolean published() {
        return currentVersionId != null;
    }
}
