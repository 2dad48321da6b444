package vn.openprovince.document.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.openprovince.printing.PdfDocumentWriter;
import vn.openprovince.printing.XlsxTable;

/**
 * Prints the processing report as an A4 landscape PDF under the Decree 30 header and writes it as an Excel workbook
 * (numbers as numeric cells).
 */
@Component
public class ProcessingReportExports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float FONT_SIZE = 10;

    public byte[] pdf(ProcessingReport report) {
        try (var pdf = PdfDocumentWriter.a4Landscape(PdfDocumentWriter.Margins.of(40), 6)) {
            float width = pdf.width();
            pdf.nationalHeader(report.agencyName(), null, null);
            pdf.line(pdf.bold(), 14, report.title().toUpperCase(Locale.ROOT));
            pdf.line(pdf.regular(), 11, DATE.format(report.from()) + " – " + DATE.format(report.to())
                    + " (" + DATE.format(report.asOf()) + ")");
            pdf.gap(6);
            float[] widths = new float[ProcessingReportService.COLUMNS];
            widths[0] = width * 0.28f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = width * 0.72f / (widths.length - 1);
            }
            pdf.row(pdf.bold(), FONT_SIZE, widths, report.columns());
            for (ProcessingReport.Row row : report.rows()) {
                pdf.row(pdf.regular(), FONT_SIZE, widths, texts(row));
            }
            pdf.row(pdf.bold(), FONT_SIZE, widths, texts(report.total()));
            pdf.gap(14);
            float[] statusWidths = {width * 0.28f, width * 0.12f};
            for (int i = 0; i < report.statusLabels().size(); i++) {
                pdf.row(pdf.regular(), FONT_SIZE, statusWidths, List.of(report.statusLabels().get(i),
                        String.valueOf(report.statuses().counts().get(i))));
            }
            return pdf.toBytes();
        }
    }

    public byte[] xlsx(ProcessingReport report) {
        var table = new XlsxTable("PROCESSING")
                .line(report.agencyName())
                .line(report.title() + " · " + DATE.format(report.from()) + " – " + DATE.format(report.to()))
                .row(report.columns());
        for (ProcessingReport.Row row : report.rows()) {
            table.row(numbers(row.departmentName(), row.counts()));
        }
        table.row(numbers(report.total().departmentName(), report.total().counts())).emptyRow();
        for (int i = 0; i < report.statusLabels().size(); i++) {
            table.row(numbers(report.statusLabels().get(i), List.of(report.statuses().counts().get(i))));
        }
        return table.columnWidth(0, 40).toBytes();
    }

    /** The label, then the counts as numbers. */
    private static List<Object> numbers(String label, List<Integer> counts) {
        var cells = new ArrayList<Object>();
        cells.add(label == null ? "" : label);
        cells.addAll(counts);
        return cells;
    }

    private static List<String> texts(ProcessingReport.Row row) {
        var cells = new ArrayList<String>();
        cells.add(row.departmentName() == null ? "" : row.departmentName());
        row.counts().forEach(count -> cells.add(String.valueOf(count)));
        return cells;
    }
}
