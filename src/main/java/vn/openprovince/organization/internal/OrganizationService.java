package vn.openprovince.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.organization.AccessScopes;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationError;
import vn.openprovince.organization.OrganizationException;
import vn.openprovince.organization.OrganizationPermission;
import vn.openprovince.organization.VietnameseText;

/** Use cases on units, agencies, departments and officials; each checks the caller's agency scope. */
@Service
public class OrganizationService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final Departments departments;
    private final Officials officials;
    private final AccessScopes access;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationService(AdministrativeUnits units, Agencies agencies, Departments departments, Officials officials,
                        AccessScopes access, AuditTrail audit) {
        this.units = units;
        this.agencies = agencies;
        this.departments = departments;
        this.officials = officials;
        this.access = access;
        this.audit = audit;
        this.clock = Clock.system(VIETNAM);
    }

    // Units: public reference data.

    @Transactional(readOnly = true)
    public UnitView unit(String code) {
        var unit = units.findByCode(code).orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_UNIT, code));
        return view(unit, parentCodes(List.of(unit)));
    }

    /** The units directly below a unit (a province's districts, a district's communes). */
    @Transactional(readOnly = true)
    public List<UnitView> children(String code) {
        var unit = units.findByCode(code).orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_UNIT, code));
        return units.findByParentIdOrderByCode(unit.id()).stream().map(child -> view(child, Map.of(unit.id(), unit.code()))).toList();
    }

    @Transactional(readOnly = true)
    public List<UnitView> roots() {
        return units.findByParentIdIsNullOrderByCode().stream().map(root -> view(root, Map.of())).toList();
    }

    @Transactional
    public UnitView changeUnit(String code, UnitChanges changes) {
        if (!access.scopeFor(OrganizationPermission.MANAGE_UNITS).all()) {
            throw new org.springframework.security.access.AccessDeniedException("units are managed platform-wide");
        }
        var unit = units.findByCode(code).orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_UNIT, code));
        unit.rename(changes.name(), changes.type());
        audit.record("unit.renamed", "AdministrativeUnit", code, null, "%s (%s)".formatted(unit.name(), unit.typeName()));
        return view(unit, parentCodes(List.of(unit)));
    }

    // Agencies.

    /** Creates an agency: under a parent for whoever manages the parent, at the top for platform administrators. */
    @Transactional
    public AgencyView createAgency(NewAgency input) {
        if (input.parentId() == null) {
            if (!access.scopeFor(OrganizationPermission.MANAGE_UNITS).all()) {
                throw new org.springframework.security.access.AccessDeniedException("top-level agencies are platform-wide");
            }
        } else {
            access.scopeFor(OrganizationPermission.MANAGE_AGENCIES).require(new AgencyId(input.parentId()));
            agencies.findById(input.parentId())
                    .orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_PARENT_AGENCY, input.parentId()));
        }
        var unit = units.findByCode(input.unitCode())
                .orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_UNIT, input.unitCode()));
        AgencyKind kind;
        try {
            kind = AgencyKind.valueOf(input.kind());
        } catch (IllegalArgumentException e) {
            kind = AgencyKind.OTHER;
        }
        var code = new IdentifierCode(input.identifierCode());
        if (agencies.existsByIdentifierCode(code.value())) {
            throw new OrganizationException(OrganizationError.ORG_DUPLICATE_IDENTIFIER_CODE, code.value());
        }
        var agency = new Agency(input.name(), input.abbreviation(), kind, unit.id(), input.parentId(), code,
                input.provisional(), today());
        agency.assignSharingCode(SharingCode.ofNullable(input.sharingCode()));
        agencies.save(agency);
        audit.record("agency.created", "Agency", agency.id(), agency.id(), "%s; code %s".formatted(agency.name(), code.value()));
        return view(agency, unit);
    }

    @Transactional(readOnly = true)
    public Page<AgencyView> agencies(String query, Pageable page) {
        AgencyScope scope = access.scopeFor(OrganizationPermission.VIEW_OFFICIALS);
        String pattern = likePattern(query);
        Pageable unsorted = unsorted(page);
        Page<Agency> found = scope.all() ? agencies.searchAll(pattern, unsorted)
                : scope.isEmpty() ? Page.empty(unsorted) : agencies.searchWithin(pattern, scope.agencyUuids(), unsorted);
        Map<UUID, AdministrativeUnit> unitsById = units.findAllById(found.map(Agency::unitId).toSet()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        return found.map(agency -> view(agency, unitsById.get(agency.unitId())));
    }

    @Transactional(readOnly = true)
    public AgencyView agency(UUID id) {
        access.scopeFor(OrganizationPermission.VIEW_OFFICIALS).require(new AgencyId(id));
        var agency = existingAgency(id);
        return view(agency, units.findById(agency.unitId()).orElseThrow());
    }

    @Transactional
    public AgencyView changeAgency(UUID id, AgencyChanges changes) {
        access.scopeFor(OrganizationPermission.MANAGE_AGENCIES).require(new AgencyId(id));
        var agency = existingAgency(id);
        var code = new IdentifierCode(changes.identifierCode());
        if (!code.value().equals(agency.identifierCode()) && agencies.existsByIdentifierCode(code.value())) {
            throw new OrganizationException(OrganizationError.ORG_DUPLICATE_IDENTIFIER_CODE, code.value());
        }
        var sharingCode = SharingCode.ofNullable(changes.sharingCode());
        agency.describe(changes.name(), changes.abbreviation());
        agency.assignIdentifier(code, changes.provisional());
        agency.assignSharingCode(sharingCode);
        audit.record("agency.changed", "Agency", id, id, "%s; code %s%s".formatted(agency.name(), code.value(),
                changes.provisional() ? " (provisional)" : ""));
        return view(agency, units.findById(agency.unitId()).orElseThrow());
    }

    // Departments.

    @Transactional(readOnly = true)
    public List<DepartmentView> departments(UUID agencyId) {
        access.scopeFor(OrganizationPermission.VIEW_OFFICIALS).require(new AgencyId(agencyId));
        existingAgency(agencyId);
        return departments.findByAgencyIdAndValidToIsNullOrderByName(agencyId).stream().map(OrganizationService::view).toList();
    }

    @Transactional
    public DepartmentView addDepartment(UUID agencyId, NewDepartment input) {
        access.scopeFor(OrganizationPermission.MANAGE_AGENCIES).require(new AgencyId(agencyId));
        existingAgency(agencyId);
        var department = departments.save(new Department(agencyId, input.name(), input.abbreviation(), today()));
        audit.record("department.created", "Department", department.id(), agencyId, department.name());
        return view(department);
    }

    // Officials.

    @Transactional(readOnly = true)
    public Page<OfficialView> officials(UUID agencyId, String query, Pageable page) {
        access.scopeFor(OrganizationPermission.VIEW_OFFICIALS).require(new AgencyId(agencyId));
        existingAgency(agencyId);
        return officials.currentOfAgency(agencyId, likePattern(query), unsorted(page));
    }

    @Transactional(readOnly = true)
    public OfficialView official(UUID id) {
        var official = existingOfficial(id);
        var membership = official.currentMembership()
                .orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_OFFICIAL, id));
        access.scopeFor(OrganizationPermission.VIEW_OFFICIALS).require(new AgencyId(membership.agencyId()));
        return view(official, membership);
    }

    @Transactional
    public OfficialView registerOfficial(UUID agencyId, NewOfficial input) {
        access.scopeFor(OrganizationPermission.MANAGE_OFFICIALS).require(new AgencyId(agencyId));
        existingAgency(agencyId);
        requireDepartmentOf(agencyId, input.departmentId());
        var official = new Official(input.fullName(), input.email(), input.phone(), clock.instant());
        var membership = official.appoint(agencyId, input.departmentId(), input.position(), today());
        officials.save(official);
        audit.record("official.registered", "Official", official.id(), agencyId,
                "%s, %s".formatted(official.fullName(), membership.position()));
        return view(official, membership);
    }

    @Transactional
    public OfficialView changeOfficial(UUID id, OfficialChanges changes) {
        var official = existingOfficial(id);
        var membership = official.currentMembership()
                .orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_OFFICIAL, id));
        access.scopeFor(OrganizationPermission.MANAGE_OFFICIALS).require(new AgencyId(membership.agencyId()));
        requireDepartmentOf(membership.agencyId(), changes.departmentId());
        official.updateContact(changes.fullName(), changes.email(), changes.phone());
        if (!changes.position().strip().equals(membership.position())
                || !java.util.Objects.equals(changes.departmentId(), membership.departmentId())) {
            // A new position is a new membership, so the official's history stays readable.
            membership = membership.validFrom().equals(today())
                    ? changeInPlace(membership, changes)
                    : official.appoint(membership.agencyId(), changes.departmentId(), changes.position(), today());
        }
        audit.record("official.changed", "Official", id, membership.agencyId(),
                "%s, %s".formatted(official.fullName(), membership.position()));
        return view(official, membership);
    }

    private static Membership changeInPlace(Membership membership, OfficialChanges changes) {
        membership.change(changes.departmentId(), changes.position());
        return membership;
    }

    private void requireDepartmentOf(UUID agencyId, UUID departmentId) {
        if (departmentId == null) {
            return;
        }
        departments.findById(departmentId)
                .filter(department -> department.agencyId().equals(agencyId) && department.validTo() == null)
                .orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_DEPARTMENT, departmentId));
    }

    private Agency existingAgency(UUID id) {
        return agencies.findById(id).orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_AGENCY, id));
    }

    private Official existingOfficial(UUID id) {
        return officials.findById(id).orElseThrow(() -> new OrganizationException(OrganizationError.ORG_UNKNOWN_OFFICIAL, id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OfficialView view(Official official, Membership membership) {
        String agencyName = agencies.findById(membership.agencyId()).map(Agency::name).orElse(null);
        String departmentName = membership.departmentId() == null ? null
                : departments.findById(membership.departmentId()).map(Department::name).orElse(null);
        return new OfficialView(official.id(), official.fullName(), official.email(), official.phone(),
                membership.position(), membership.agencyId(), agencyName, membership.departmentId(), departmentName,
                membership.validFrom());
    }

    private Map<UUID, String> parentCodes(List<AdministrativeUnit> list) {
        return units.findAllById(list.stream().map(AdministrativeUnit::parentId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::code));
    }

    static UnitView view(AdministrativeUnit unit, Map<UUID, String> parentCodes) {
        return new UnitView(unit.code(), unit.name(), unit.typeName(), unit.levelCode(),
                unit.parentId() == null ? null : parentCodes.get(unit.parentId()), unit.validFrom(), unit.validTo());
    }

    static AgencyView view(Agency agency, AdministrativeUnit unit) {
        return new AgencyView(agency.id(), agency.name(), agency.abbreviation(), agency.kind().name(),
                unit == null ? null : unit.code(), unit == null ? null : unit.name(), agency.parentId(),
                agency.identifierCode(), agency.identifierProvisional(), agency.sharingCode(), agency.validFrom(),
                agency.validTo());
    }

    static DepartmentView view(Department department) {
        return new DepartmentView(department.id(), department.agencyId(), department.name(), department.abbreviation());
    }

    /** Lists have a fixed, indexed order; a caller's sort parameter is not passed to the database. */
    static Pageable unsorted(Pageable page) {
        return org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize());
    }

    static String likePattern(String query) {
        String folded = VietnameseText.fold(query).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + folded + "%";
    }
}
