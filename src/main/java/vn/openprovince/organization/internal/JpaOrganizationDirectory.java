package vn.openprovince.organization.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.organization.AgencyGroup;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.DepartmentSummary;
import vn.openprovince.organization.OfficialSummary;
import vn.openprovince.organization.OrganizationDirectory;

@Service
@Transactional(readOnly = true)
class JpaOrganizationDirectory implements OrganizationDirectory {

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final Departments departments;
    private final Officials officials;

    JpaOrganizationDirectory(AdministrativeUnits units, Agencies agencies, Departments departments, Officials officials) {
        this.units = units;
        this.agencies = agencies;
        this.departments = departments;
        this.officials = officials;
    }

    @Override
    public Optional<AgencySummary> agency(AgencyId id) {
        return agencies.findById(id.value()).map(this::summary);
    }

    @Override
    public Optional<AgencySummary> agencyByIdentifierCode(String identifierCode) {
        return agencies.findByIdentifierCode(identifierCode).map(this::summary);
    }

    @Override
    public Set<AgencyId> agencyWithSubordinates(AgencyId id) {
        Map<UUID, List<UUID>> childrenOf = new HashMap<>();
        for (Agencies.Link link : agencies.currentLinks()) {
            if (link.parentId() != null) {
                childrenOf.computeIfAbsent(link.parentId(), key -> new java.util.ArrayList<>()).add(link.id());
            }
        }
        Set<UUID> found = new HashSet<>();
        var pending = new ArrayDeque<UUID>();
        pending.add(id.value());
        while (!pending.isEmpty()) {
            UUID next = pending.poll();
            if (found.add(next)) {
                pending.addAll(childrenOf.getOrDefault(next, List.of()));
            }
        }
        return found.stream().map(AgencyId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<OfficialSummary> official(UUID officialId) {
        return officials.findById(officialId).flatMap(this::summary);
    }

    @Override
    public Optional<OfficialSummary> officialByEmail(String email) {
        return officials.findByEmailIgnoreCase(email.strip()).flatMap(this::summary);
    }

    @Override
    public List<AgencySummary> agencies(AgencyScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var current = scope.all() ? agencies.findByValidToIsNullOrderBySearchText()
                : agencies.findByIdInAndValidToIsNullOrderBySearchText(scope.agencyUuids());
        Map<UUID, String> unitCodes = units.findAllById(current.stream().map(Agency::unitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::code));
        return current.stream().map(agency -> agency.summary(unitCodes.get(agency.unitId()))).toList();
    }

    @Override
    public List<AgencySummary> agenciesOfUnit(String unitCode) {
        return units.findByCode(unitCode)
                .map(unit -> agencies.findByUnitIdAndValidToIsNullOrderByName(unit.id()).stream()
                        .map(agency -> agency.summary(unit.code())).toList())
                .orElse(List.of());
    }

    @Override
    public List<AgencySummary> agencyGroup(AgencyGroup group) {
        var members = switch (group) {
            case COMMUNE_COMMITTEES -> agencies.findCurrentByKindAndUnitLevel(AgencyKind.PEOPLES_COMMITTEE, "COMMUNE");
            case DISTRICT_COMMITTEES -> agencies.findCurrentByKindAndUnitLevel(AgencyKind.PEOPLES_COMMITTEE, "DISTRICT");
            case DEPARTMENTS -> agencies.findCurrentByKind(AgencyKind.SPECIALISED_DEPARTMENT);
        };
        Map<UUID, String> unitCodes = units.findAllById(members.stream().map(Agency::unitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(AdministrativeUnit::id, AdministrativeUnit::code));
        return members.stream().map(agency -> agency.summary(unitCodes.get(agency.unitId()))).toList();
    }

    @Override
    public List<DepartmentSummary> departments(AgencyId agency) {
        return departments.findByAgencyIdAndValidToIsNullOrderByName(agency.value()).stream()
                .map(JpaOrganizationDirectory::summary).toList();
    }

    @Override
    public Optional<DepartmentSummary> department(UUID departmentId) {
        return departments.findById(departmentId).map(JpaOrganizationDirectory::summary);
    }

    @Override
    public List<OfficialSummary> officials(AgencyId agency) {
        return officials.currentOfAgency(agency.value(), "%", PageRequest.of(0, 500)).stream()
                .map(view -> new OfficialSummary(view.id(), view.fullName(), view.position(), agency, view.agencyName(),
                        view.departmentId(), view.departmentName()))
                .toList();
    }

    private static DepartmentSummary summary(Department department) {
        return new DepartmentSummary(department.id(), new AgencyId(department.agencyId()), department.name(),
                department.abbreviation());
    }

    private AgencySummary summary(Agency agency) {
        return agency.summary(units.findById(agency.unitId()).map(AdministrativeUnit::code).orElse(null));
    }

    private Optional<OfficialSummary> summary(Official official) {
        return official.currentMembership().map(membership -> new OfficialSummary(official.id(), official.fullName(),
                membership.position(), new AgencyId(membership.agencyId()),
                agencies.findById(membership.agencyId()).map(Agency::name).orElse(null), membership.departmentId(),
                membership.departmentId() == null ? null
                        : departments.findById(membership.departmentId()).map(Department::name).orElse(null)));
    }
}
