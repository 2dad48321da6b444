package vn.openprovince.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an agency (cơ quan, đơn vị) across modules. */
public record AgencyId(@JsonValue UUID value) {

    public AgencyId {
        if (value == null) {
            throw new IllegalArgumentException("agency id must not be null");
        }
    }

    public static AgencyId of(String value) {
        return new AgencyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
