package vn.openprovince.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies one version of a procedure (phiên bản thủ tục); a dossier keeps the version it was submitted under. */
public record ProcedureVersionId(@JsonValue UUID value) {

    public ProcedureVersionId {
        if (value == null) {
            throw new IllegalArgumentException("id must not be null");
        }
    }

    public static ProcedureVersionId of(String value) {
        return new ProcedureVersionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
