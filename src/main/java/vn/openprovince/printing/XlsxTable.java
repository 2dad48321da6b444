package vn.openprovince.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bảng Excel: one sheet of an Office Open XML workbook, written row by row from the top: title lines, the column
 * headings, the rows. Numbers become numeric cells (so the sheet can add them up), everything else text; a null
 * cell stays empty.
 */
public final class XlsxTable {

    private final String sheetName;
    private final List<List<?>> rows = new ArrayList<>();
    private final Map<Integer, Integer> widths = new LinkedHashMap<>();

    public XlsxTable(String sheetName) {
        this.sheetName = sheetName;
    }

    public XlsxTable row(List<?> cells) {
        rows.add(cells);
        return this;
    }

    /** A row with one text cell: a title, a period. */
    public XlsxTable line(String text) {
        return row(List.of(text));
    }

    public XlsxTable emptyRow() {
        return row(List.of());
    }

    /** @param characters the column's width in characters of the default font */
    public XlsxTable columnWidth(int column, int characters) {
        widths.put(column, characters);
        return this;
    }

    public byte[] toBytes() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                List<?> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            widths.forEach((column, characters) -> sheet.setColumnWidth(column, characters * 256));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
