package vn.openprovince.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints the processing report as an A4 landscape PDF with the Decree 30 header (agency name on
 * the left, the national name and motto on the right; Liberation Serif embedded so Vietnamese shows
 * everywhere) and writes it as an Excel workbook with Apache POI (numbers as numeric cells).
 */
@Component
public class ProcessingReportExports {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 12;

    public byte[] pdf(ProcessingReport report) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, FONT);
            PDType0Font bold = load(document, FONT_BOLD);
            var size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            var pdf = new Pdf(document, size);
            float width = size.getWidth() - 2 * MARGIN;
            float right = MARGIN + width * 0.55f;
            pdf.line(bold, 11, MARGIN, report.agencyName().toUpperCase(Locale.ROOT), right, NATION);
            pdf.line(font, 11, MARGIN, "", right, MOTTO);
            pdf.y -= 10;
            pdf.line(bold, 14, MARGIN, report.title().toUpperCase(Locale.ROOT), 0, null);
            pdf.line(font, 11, MARGIN, DATE.format(report.from()) + " – " + DATE.format(report.to())
                    + " (" + DATE.format(report.asOf()) + ")", 0, null);
            pdf.y -= 6;
            float[] widths = new float[ProcessingReportService.COLUMNS];
            widths[0] = width * 0.28f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = width * 0.72f / (widths.length - 1);
            }
            pdf.row(bold, widths, report.columns());
            for (ProcessingReport.Row row : report.rows()) {
                pdf.row(font, widths, cells(row));
            }
            pdf.row(bold, widths, cells(report.total()));
            pdf.y -= 14;
            float[] statusWidths = {width * 0.28f, width * 0.12f};
            for (int i = 0; i < report.statusLabels().size(); i++) {
                pdf.row(font, statusWidths, List.of(report.statusLabels().get(i),
                        String.valueOf(report.statuses().counts().get(i))));
            }
            pdf.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(ProcessingReport report) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("PROCESSING");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(report.agencyName());
            sheet.createRow(r++).createCell(0).setCellValue(report.title() + " · " + DATE.format(report.from())
                    + " – " + DATE.format(report.to()));
            Row header = sheet.createRow(r++);
            for (int i = 0; i < report.columns().size(); i++) {
                header.createCell(i).setCellValue(report.columns().get(i));
            }
            for (ProcessingReport.Row row : report.rows()) {
                numbers(sheet.createRow(r++), row.departmentName(), row.counts());
            }
            numbers(sheet.createRow(r++), report.total().departmentName(), report.total().counts());
            r++;
            for (int i = 0; i < report.statusLabels().size(); i++) {
                numbers(sheet.createRow(r++), report.statusLabels().get(i), List.of(report.statuses().counts().get(i)));
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(Row row, String label, List<Integer> counts) {
        row.createCell(0).setCellValue(label == null ? "" : label);
        for (int i = 0; i < counts.size(); i++) {
            row.createCell(i + 1).setCellValue(counts.get(i));
        }
    }

    private static List<String> cells(ProcessingReport.Row row) {
        var cells = new ArrayList<String>();
        cells.add(row.departmentName() == null ? "" : row.departmentName());
        row.counts().forEach(count -> cells.add(String.valueOf(count)));
        return cells;
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** The pages being written, top down. */
    private static final class Pdf {
        final PDDocument document;
        final PDRectangle size;
        PDPageContentStream content;
        float y;

        Pdf(PDDocument document, PDRectangle size) throws IOException {
            this.document = document;
            this.size = size;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            var page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            y = size.getHeight() - MARGIN;
        }

        void line(PDType0Font font, float fontSize, float x, String text, float rightX, String rightText)
                throws IOException {
            show(font, fontSize, x, y - fontSize, text);
            if (rightText != null) {
                show(font, fontSize, rightX, y - fontSize, rightText);
            }
            y -= fontSize + 6;
        }

        private void show(PDType0Font font, float fontSize, float x, float atY, String text) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        void row(PDType0Font font, float[] widths, List<String> cells) throws IOException {
            var wrapped = new ArrayList<List<String>>();
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                var cell = PdfLines.wrap(font, FONT_SIZE, i < cells.size() ? cells.get(i) : "", widths[i] - 4);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * LEADING + 4;
            if (y - height < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                content.addRect(x, y - height, widths[i], height);
                float lineY = y - LEADING + 1;
                for (String text : wrapped.get(i)) {
                    show(font, FONT_SIZE, x + 2, lineY, text);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            content.stroke();
            y -= height;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
