package vn.openprovince.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcedureId;
import vn.openprovince.catalog.ProcedureVersionDetails;
import vn.openprovince.catalog.ProcedureVersionId;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;
import vn.openprovince.organization.AgencyId;

/**
 * Phiên bản thủ tục: what a procedure said during one period. A draft may be revised; a published
 * version never changes again, so a dossier submitted under it keeps exactly these rules.
 */
@Entity
@Table(name = "procedure_version")
class ProcedureVersion {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;
    private int number;
    @Enumerated(EnumType.STRING)
    private VersionStatus status;
    private String name;
    @Column(name = "field_code")
    private String fieldCode;
    @Column(name = "level_code")
    private String levelCode;
    private String applicants;
    @Column(name = "competent_authority")
    private String competentAuthority;
    @Column(name = "receiving_places")
    private String receivingPlaces;
    private String steps;
    private String conditions;
    @Column(name = "time_amount")
    private int timeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_unit")
    private ProcessingTimeUnit timeUnit;
    @Column(name = "cutoff_time")
    private LocalTime cutoffTime;
    @Column(name = "time_note")
    private String timeNote;
    @Column(name = "result_type")
    private String resultType;
    @Column(name = "electronic_result")
    private boolean electronicResult;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_service")
    private OnlineService onlineService;
    @Column(name = "legacy_level")
    private Integer legacyLevel;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "effective_to")
    private LocalDate effectiveTo;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "procedure_component", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ComponentLine> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FeeLine> fees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_competent_agency", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_id")
    private List<UUID> competentAgencies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_receiving_centre", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_id")
    private List<UUID> receivingCentres = new ArrayList<>();

    protected ProcedureVersion() {
    }

    ProcedureVersion(Procedure procedure, int number, ProcedureContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdAt = now;
        write(content);
    }

    /** Changes a draft; a published version is immutable. */
    void revise(ProcedureContent content) {
        requireDraft();
        write(content);
    }

    void publish(LocalDate from, Instant now) {
        requireDraft();
        this.status = VersionStatus.PUBLISHED;
        this.effectiveFrom = from;
        this.publishedAt = now;
    }

    /** Ends the period of a published version when a newer one takes effect. */
    void supersede(LocalDate lastDay) {
        if (status != VersionStatus.PUBLISHED) {
            throw new CatalogException(CatalogError.CAT_VERSION_NOT_DRAFT);
        }
        this.status = VersionStatus.SUPERSEDED;
        this.effectiveTo = lastDay;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new CatalogException(CatalogError.CAT_VERSION_NOT_DRAFT);
        }
    }

    private void write(ProcedureContent content) {
        this.name = content.name().strip();
        this.fieldCode = content.fieldCode();
        this.levelCode = content.levelCode();
        this.applicants = content.applicants().strip();
        this.competentAuthority = content.competentAuthority().strip();
        this.receivingPlaces = blankToNull(content.receivingPlaces());
        this.steps = blankToNull(content.steps());
        this.conditions = blankToNull(content.conditions());
        this.timeAmount = content.processingTime().amount();
        this.timeUnit = content.processingTime().unit();
        this.cutoffTime = content.processingTime().cutoff();
        this.timeNote = blankToNull(content.processingTime().note());
        this.resultType = content.resultType().strip();
        this.electronicResult = content.electronicResult();
        this.legalBasis = content.legalBasis().strip();
        this.onlineService = content.onlineService();
        this.legacyLevel = content.legacyLevel() != null ? content.legacyLevel() : content.onlineService().defaultLegacyLevel();
        this.components.clear();
        content.components().forEach(component -> components.add(new ComponentLine(component)));
        this.fees.clear();
        content.fees().forEach(fee -> fees.add(new FeeLine(fee)));
        this.competentAgencies.clear();
        this.competentAgencies.addAll(content.competentAgencies());
        this.receivingCentres.clear();
        this.receivingCentres.addAll(content.receivingCentres());
    }

    ProcedureContent content() {
        return new ProcedureContent(name, fieldCode, levelCode, applicants, competentAuthority,
                List.copyOf(competentAgencies), List.copyOf(receivingCentres), receivingPlaces, steps, conditions,
                processingTime(), fees.stream().map(FeeLine::fee).toList(),
                components.stream().map(ComponentLine::component).toList(), resultType, electronicResult,
                legalBasis, onlineService, legacyLevel);
    }

    ProcessingTime processingTime() {
        return new ProcessingTime(timeAmount, timeUnit, cutoffTime, timeNote);
    }

    ProcedureVersionDetails details(String fieldName) {
        var content = content();
        return new ProcedureVersionDetails(new ProcedureId(procedure.id()), new ProcedureVersionId(id), number,
                status.name(), procedure.code(), procedure.codeStandard(), procedure.codeVerified(), name, fieldCode,
                fieldName, levelCode, new AgencyId(procedure.managingAgencyId()), applicants, competentAuthority,
                competentAgencies.stream().map(AgencyId::new).toList(), receivingCentres.stream().map(AgencyId::new).toList(),
                receivingPlaces, steps, conditions, processingTime(), content.fees(), content.components(), resultType,
                electronicResult, legalBasis, onlineService, legacyLevel, effectiveFrom, effectiveTo, publishedAt,
                procedure.sampleData());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    UUID id() {
        return id;
    }

    int number() {
        return number;
    }

    VersionStatus status() {
        return status;
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

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
