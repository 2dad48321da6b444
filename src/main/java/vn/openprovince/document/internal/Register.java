package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A register for a period as it is shown, printed and exported: its title, the Decree 30 column
 * headings and one row of text cells per document.
 *
 * @param truncated whether more documents than {@link RegisterService#MAX_ROWS} fell in the period
 */
public record Register(RegisterKind kind, String title, String agencyName, LocalDate from, LocalDate to,
                       List<String> columns, List<List<String>> rows, boolean truncated) {
}
