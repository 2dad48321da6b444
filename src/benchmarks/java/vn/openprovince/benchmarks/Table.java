package vn.openprovince.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A titled plain-text table printed as Markdown rows, so results can be pasted into documents as they are. */
final class Table {

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        var row = new ArrayList<String>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** The title, then the table: the first column aligned left, the others (numbers) right. */
    String render() {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Math.max(3, headers.get(column).length());
            for (var row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        var out = new StringBuilder("### ").append(title).append("\n\n");
        line(out, headers, widths);
        out.append('|');
        for (int column = 0; column < widths.length; column++) {
            out.append(column == 0 ? " " + "-".repeat(widths[column]) + " |" : " " + "-".repeat(widths[column] - 1) + ": |");
        }
        out.append('\n');
        for (var row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int column = 0; column < widths.length; column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - cell.length());
            out.append(' ').append(column == 0 ? cell + padding : padding + cell).append(" |");
        }
        out.append('\n');
    }
}
