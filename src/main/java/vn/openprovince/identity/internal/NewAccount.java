package vn.openprovince.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;

/** Input for opening an account for an official, with a first role at the official's agency. */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 60) String username,
        @NotBlank String password,
        @NotNull UUID officialId,
        @NotNull Role role,
        ScopeKind scope) {
}
