package vn.openprovince.identity.internal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;

/** One role at one agency, as an administrator grants it. */
public record GrantInput(@NotNull Role role, @NotNull UUID agencyId, @NotNull ScopeKind scope) {
}
