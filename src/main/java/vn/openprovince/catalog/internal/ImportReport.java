package vn.openprovince.catalog.internal;

import java.util.List;

/**
 * The outcome of an Excel import: either everything was imported, or nothing and every error found.
 *
 * @param created   procedures registered
 * @param revised   existing procedures whose draft was written
 * @param published drafts published (when asked to publish on import)
 */
public record ImportReport(boolean imported, int created, int revised, int published, List<ImportError> errors) {

    /** One bad cell (or row): where it is and what is wrong, as a message code with arguments. */
    public record ImportError(String sheet, int row, String column, String columnTitle, String messageCode,
                              Object[] arguments) {
    }
}
