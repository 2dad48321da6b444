package vn.openprovince.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input for editing an agency's names and codes. */
public record AgencyChanges(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 30) String abbreviation,
        @NotBlank String identifierCode,
        Boolean identifierProvisional,
        @Size(max = 35) String sharingCode) {

    /** An unticked checkbox sends nothing: that means "not provisional". */
    public boolean provisional() {
        return Boolean.TRUE.equals(identifierProvisional);
    }
}
