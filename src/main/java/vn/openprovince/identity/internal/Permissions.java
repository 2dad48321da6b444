package vn.openprovince.identity.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.openprovince.identity.Role;
import vn.openprovince.organization.OrganizationPermission;

/** Which role grants which permission; the scope comes from the grant. */
final class Permissions {

    /** Identity's own permission: manage accounts of the officials in scope. */
    static final String MANAGE_ACCOUNTS = "MANAGE_ACCOUNTS";

    private static final Map<Role, Set<OrganizationPermission>> ORGANIZATION = Map.of(
            Role.SYSTEM_ADMIN, EnumSet.allOf(OrganizationPermission.class),
            Role.AGENCY_ADMIN, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS,
                    OrganizationPermission.MANAGE_OFFICIALS, OrganizationPermission.MANAGE_AGENCIES),
            Role.LEADER, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS),
            Role.DEPARTMENT_HEAD, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS),
            Role.SPECIALIST, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS),
            Role.CLERK, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS),
            Role.ONE_STOP_OFFICER, EnumSet.of(OrganizationPermission.VIEW_OFFICIALS),
            Role.CITIZEN, EnumSet.noneOf(OrganizationPermission.class));

    private Permissions() {
    }

    static boolean grants(Role role, OrganizationPermission permission) {
        return ORGANIZATION.get(role).contains(permission);
    }

    static boolean grants(Role role, String permission) {
        return MANAGE_ACCOUNTS.equals(permission) && (role == Role.SYSTEM_ADMIN || role == Role.AGENCY_ADMIN);
    }
}
