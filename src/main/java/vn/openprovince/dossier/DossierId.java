package vn.openprovince.dossier;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a dossier (hồ sơ) internally; people see its {@code code}. */
public record DossierId(@JsonValue UUID value) {

    public DossierId {
        if (value == null) {
            throw new IllegalArgumentException("id must not be null");
        }
    }
}
