package vn.openprovince.document.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Who may see and do what with documents. Clerks act for the agencies of their clerk grants,
 * leaders see the documents of the agencies in their scope; department heads and specialists see
 * what was directed to their department or assigned to them and what they drafted or review.
 * Classified documents: only those assigned, their leaders and the clerk.
 */
@Component
class DocumentAccess {

    private final CurrentUser currentUser;
    private final OrganizationDirectory directory;

    DocumentAccess(CurrentUser currentUser, OrganizationDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The signed-in official; someone who is not an official (an API client, a citizen) is refused. */
    Viewer viewer() {
        SignedInUser user = currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (user.officialId() == null) {
            throw new DocumentException(DocumentError.DOC_NOT_AN_OFFICIAL);
        }
        var official = directory.official(user.officialId());
        return new Viewer(user.officialId(), user.displayName(), user.agencyId(),
                official.map(o -> o.departmentId()).orElse(null), scope(user, Role.CLERK), scope(user, Role.LEADER),
                user.has(Role.DEPARTMENT_HEAD), user.has(Role.SPECIALIST));
    }

    private AgencyScope scope(SignedInUser user, Role role) {
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (grant.role() != role) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL) {
                return AgencyScope.ALL;
            }
            if (grant.agency() == null) {
                continue;
            }
            if (grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES) {
                agencies.addAll(directory.agencyWithSubordinates(grant.agency()));
            } else {
                agencies.add(grant.agency());
            }
        }
        return AgencyScope.of(agencies);
    }

    boolean canSee(Viewer viewer, IncomingDocument document) {
        if (viewer.isClerkOf(document.agencyId()) || viewer.isLeaderOf(document.agencyId())
                || document.assignedTo(viewer.officialId())) {
            return true;
        }
        if (viewer.departmentHead() && document.involvesDepartment(viewer.departmentId(), true)) {
            return true;
        }
        return !document.secrecy().isClassified() && document.involvesDepartment(viewer.departmentId(), true);
    }

    boolean canSee(Viewer viewer, OutgoingDocument document) {
        if (viewer.isClerkOf(document.agencyId()) || viewer.isLeaderOf(document.agencyId())
                || viewer.officialId().equals(document.drafterOfficialId()) || document.reviewedBy(viewer.officialId())) {
            return true;
        }
        if (document.status() == OutgoingStatus.ISSUED && document.recipients().stream()
                .anyMatch(recipient -> recipient.agencyId() != null && viewer.isClerkOf(recipient.agencyId()))) {
            return true; // the recipient's clerk, to register it
        }
        return viewer.departmentHead() && !document.secrecy().isClassified() && viewer.departmentId() != null
                && viewer.departmentId().equals(document.draftingDepartmentId());
    }

    void requireSee(Viewer viewer, IncomingDocument document) {
        if (!canSee(viewer, document)) {
            throw new AccessDeniedException("document " + document.id() + " is not visible to " + viewer.name());
        }
    }

    void requireSee(Viewer viewer, OutgoingDocument document) {
        if (!canSee(viewer, document)) {
            throw new AccessDeniedException("document " + document.id() + " is not visible to " + viewer.name());
        }
    }

    /** Quản trị cơ quan of the agency (or above it, with subordinates): keeps the agency's file plan with the clerk. */
    boolean isAgencyAdminOf(UUID agency) {
        return currentUser.get().map(user -> scope(user, Role.AGENCY_ADMIN).includes(new AgencyId(agency)))
                .orElse(false);
    }
}
