package vn.openprovince.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a procedure (thủ tục hành chính) across modules. */
public record ProcedureId(@JsonValue UUID value) {

    public ProcedureId {
        if (value == null) {
            throw new IllegalArgumentException("id must not be null");
        }
    }

    public static ProcedureId of(String value) {
        return new ProcedureId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
