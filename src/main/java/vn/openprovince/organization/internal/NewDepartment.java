package vn.openprovince.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input for adding a department to an agency. */
public record NewDepartment(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 30) String abbreviation) {
}
