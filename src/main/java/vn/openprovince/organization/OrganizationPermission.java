package vn.openprovince.organization;

/** What a user may do with organisation data; granted per agency by the identity module. */
public enum OrganizationPermission {
    /** See an agency's officials and departments. */
    VIEW_OFFICIALS,
    /** Add, edit and move officials of an agency. */
    MANAGE_OFFICIALS,
    /** Edit an agency's details, identifier codes and departments. */
    MANAGE_AGENCIES,
    /** Create and edit administrative units and agencies anywhere. */
    MANAGE_UNITS
}
