package vn.openprovince.catalog;

import java.time.LocalDate;

/**
 * A procedure version was published (công bố) and is now the current one; the previous version, if
 * any, stopped applying the day before {@code effectiveFrom}.
 */
public record ProcedureVersionPublished(ProcedureId procedure, ProcedureVersionId version, String code,
                                        int number, LocalDate effectiveFrom, ProcedureVersionId previous) {
}
