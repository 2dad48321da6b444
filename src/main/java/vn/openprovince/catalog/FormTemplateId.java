package vn.openprovince.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a downloadable form template (mẫu đơn, tờ khai). */
public record FormTemplateId(@JsonValue UUID value) {

    public FormTemplateId {
        if (value == null) {
            throw new IllegalArgumentException("id must not be null");
        }
    }

    public static FormTemplateId of(String value) {
        return new FormTemplateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
