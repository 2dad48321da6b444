package vn.openprovince.document.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.openprovince.printing.PdfDocumentWriter;
import vn.openprovince.printing.XlsxTable;

/** Prints a register as an A4 landscape PDF and writes it as an Excel workbook (one sheet, text cells). */
@Component
public class RegisterExports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float FONT_SIZE = 9;

    public byte[] pdf(Register register) {
        try (var pdf = PdfDocumentWriter.a4Landscape(PdfDocumentWriter.Margins.of(40), 6)) {
            float[] widths = columnWidths(register, pdf.width());
            pdf.line(pdf.bold(), 12, register.agencyName().toUpperCase(Locale.ROOT));
            pdf.line(pdf.bold(), 14, register.title().toUpperCase(Locale.ROOT));
            pdf.line(pdf.regular(), 11, DATE.format(register.from()) + " – " + DATE.format(register.to()));
            pdf.gap(6);
            pdf.row(pdf.bold(), FONT_SIZE, widths, register.columns());
            for (List<String> cells : register.rows()) {
                pdf.row(pdf.regular(), FONT_SIZE, widths, cells);
            }
            return pdf.toBytes();
        }
    }

    /** Summary and recipients get more room than numbers and dates. */
    private static float[] columnWidths(Register register, float width) {
        int n = register.columns().size();
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            String heading = register.columns().get(i);
            weights[i] = heading.length() > 25 || i == (register.kind() == RegisterKind.TRACKING ? 1 : 5) ? 3f : 1.2f;
        }
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = width * weights[i] / total;
        }
        return widths;
    }

    public byte[] xlsx(Register register) {
        var table = new XlsxTable(register.kind().name())
                .line(register.title() + " · " + register.agencyName() + " · " + DATE.format(register.from()) + " – "
                        + DATE.format(register.to()))
                .row(register.columns());
        register.rows().forEach(table::row);
        return table.toBytes();
    }
}
