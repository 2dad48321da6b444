package vn.openprovince.organization;

/**
 * Tells which agencies the current user may act on. Implemented by the identity module, which owns
 * roles; declared here so that organisation data is guarded without depending on identity.
 */
public interface AccessScopes {

    AgencyScope scopeFor(OrganizationPermission permission);
}
