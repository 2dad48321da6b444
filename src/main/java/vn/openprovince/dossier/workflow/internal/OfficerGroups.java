package vn.openprovince.dossier.workflow.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.openprovince.identity.OfficialAccount;
import vn.openprovince.identity.OfficialAccounts;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * The candidate groups an officer belongs to: {@code ROLE:<agency>} for every role they hold at an agency, and
 * {@code ROLE:<agency>:<department>} at their own agency's department. A step belongs to the agency named in
 * its group only: a provincial leader's reach over subordinate agencies (for documents) does not make them
 * hold a commune's processing steps.
 */
@Component
public class OfficerGroups {

    private final OrganizationDirectory directory;
    private final OfficialAccounts accounts;

    OfficerGroups(OrganizationDirectory directory, OfficialAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    public List<String> of(SignedInUser user) {
        Set<String> groups = new LinkedHashSet<>();
        var department = user.officialId() == null ? null
                : directory.official(user.officialId()).map(official -> official.departmentId()).orElse(null);
        for (var grant : user.grants()) {
            if (grant.agency() == null || !ProcessDefinitions.STEP_ROLES.contains(grant.role())) {
                continue;
            }
            groups.add(grant.role().name() + ":" + grant.agency().value());
            if (department != null && grant.agency().equals(user.agencyId())) {
                groups.add(grant.role().name() + ":" + grant.agency().value() + ":" + department);
            }
        }
        return List.copyOf(groups);
    }

    /**
     * The officers of a group, the other way round from {@link #of}: the accounts holding its role at its agency,
     * and for a department group only the officials of that agency's department. Empty for a group that is not
     * {@code ROLE:<agency>[:<department>]} with a step role.
     */
    List<OfficialAccount> members(String group) {
        String[] parts = group.split(":");
        UUID agency = WorkflowVariables.agencyOf(group);
        Role role = ProcessDefinitions.STEP_ROLES.stream().filter(r -> r.name().equals(parts[0])).findFirst()
                .orElse(null);
        if (agency == null || role == null) {
            return List.of();
        }
        var holders = accounts.holding(role, new AgencyId(agency));
        if (parts.length < 3) {
            return holders;
        }
        UUID department = ProcessDefinitions.parseUuid(parts[2]);
        return holders.stream().filter(holder -> directory.official(holder.officialId())
                .filter(official -> new AgencyId(agency).equals(official.agencyId())
                        && department != null && department.equals(official.departmentId()))
                .isPresent()).toList();
    }
}
