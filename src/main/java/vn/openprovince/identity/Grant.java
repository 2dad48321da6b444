package vn.openprovince.identity;

import vn.openprovince.organization.AgencyId;

/** A role held at an agency with a scope; {@code agency} is null for citizens. */
public record Grant(Role role, AgencyId agency, ScopeKind scope) {
}
