package vn.openprovince.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Read access to the organisation for other modules. */
public interface OrganizationDirectory {

    Optional<AgencySummary> agency(AgencyId id);

    Optional<AgencySummary> agencyByIdentifierCode(String identifierCode);

    /** The agency and every agency below it, as of today. */
    Set<AgencyId> agencyWithSubordinates(AgencyId id);

    Optional<OfficialSummary> official(UUID officialId);

    /** Finds a current official by e-mail address, e.g. to link a sign-in identity to them. */
    Optional<OfficialSummary> officialByEmail(String email);

    /** The current agencies within a scope, by name; for pickers (a province has a few hundred). */
    List<AgencySummary> agencies(AgencyScope scope);

    /** The current agencies of an administrative unit (e.g. its People's Committee). */
    List<AgencySummary> agenciesOfUnit(String unitCode);

    /** The current agencies of a whole group (all commune People's Committees, all departments…), by name. */
    List<AgencySummary> agencyGroup(AgencyGroup group);

    /** The current departments of an agency, by name. */
    List<DepartmentSummary> departments(AgencyId agency);

    /** A department, current or closed. */
    Optional<DepartmentSummary> department(UUID departmentId);

    /** The current officials of an agency, by name (at most 500; for pickers). */
    List<OfficialSummary> officials(AgencyId agency);
}
