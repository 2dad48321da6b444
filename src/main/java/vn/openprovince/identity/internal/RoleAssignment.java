package vn.openprovince.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencyId;

/** Phân quyền: one role held at one agency with a scope. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "agency_id")
    private UUID agencyId;
    @Enumerated(EnumType.STRING)
    private ScopeKind scope;

    protected RoleAssignment() {
    }

    RoleAssignment(Role role, UUID agencyId, ScopeKind scope) {
        this.id = UUID.randomUUID();
        this.role = role;
        this.agencyId = agencyId;
        this.scope = scope;
    }

    Grant toGrant() {
        return new Grant(role, agencyId == null ? null : new AgencyId(agencyId), scope);
    }

    Role role() {
        return role;
    }

    UUID agencyId() {
        return agencyId;
    }

    ScopeKind scope() {
        return scope;
    }
}
