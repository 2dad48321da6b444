package vn.openprovince.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/** Reads the JSON {@code metadata} part of an upload, turning a bad value into a problem with its field. */
@Component
public class Metadata {

    private final JsonMapper json;

    Metadata(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(InputStream in, Class<T> type) {
        if (in == null) {
            throw new DocumentException(DocumentError.DOC_MISSING_METADATA);
        }
        try (in) {
            return json.readValue(in, type);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DocumentException known) {
                    throw known;
                }
            }
            String field = e.getPath().isEmpty() || e.getPath().getLast().getPropertyName() == null ? "metadata"
                    : e.getPath().getLast().getPropertyName();
            throw new DocumentException(DocumentError.DOC_INVALID_METADATA, Map.of("field", field));
        } catch (IOException e) {
            throw new DocumentException(DocumentError.DOC_MISSING_METADATA);
        }
    }
}
