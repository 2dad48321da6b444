package vn.openprovince.dossier.workflow.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.openprovince.identity.SignedInUser;
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

    OfficerGroups(OrganizationDirectory directory) {
        this.directory = directory;
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
}
