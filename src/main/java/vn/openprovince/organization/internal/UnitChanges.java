package vn.openprovince.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input for renaming an administrative unit (e.g. a commune that becomes a ward). */
public record UnitChanges(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String type) {
}
