package vn.openprovince.identity;

/** Vai trò: what an account does on the platform. Granted per agency, see {@link ScopeKind}. */
public enum Role {
    /** Quản trị hệ thống. */
    SYSTEM_ADMIN,
    /** Quản trị cơ quan: manages the officials and accounts of the agencies in scope. */
    AGENCY_ADMIN,
    /** Lãnh đạo. */
    LEADER,
    /** Trưởng phòng. */
    DEPARTMENT_HEAD,
    /** Chuyên viên. */
    SPECIALIST,
    /** Văn thư. */
    CLERK,
    /** Cán bộ một cửa. */
    ONE_STOP_OFFICER,
    /** Công dân, doanh nghiệp. */
    CITIZEN;

    /** The Spring Security authority, e.g. {@code ROLE_CLERK}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
