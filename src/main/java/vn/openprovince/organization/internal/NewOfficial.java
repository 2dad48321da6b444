package vn.openprovince.organization.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input for registering an official in an agency. */
public record NewOfficial(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) String position,
        UUID departmentId,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "^$|^(0\\d{9}|\\+84\\d{9})$", message = "{validation.phone}") String phone) {
}
