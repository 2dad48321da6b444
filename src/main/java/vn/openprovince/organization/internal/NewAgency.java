package vn.openprovince.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input for creating an agency under a parent agency, seated in an administrative unit. */
public record NewAgency(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 30) String abbreviation,
        @NotNull String kind,
        @NotBlank String unitCode,
        UUID parentId,
        @NotBlank String identifierCode,
        Boolean identifierProvisional,
        @Size(max = 35) String sharingCode) {

    /** An unticked checkbox sends nothing: that means "not provisional". */
    public boolean provisional() {
        return Boolean.TRUE.equals(identifierProvisional);
    }
}
