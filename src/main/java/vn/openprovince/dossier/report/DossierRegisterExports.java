package vn.openprovince.dossier.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints the dossier register (Form 07) as an A4 landscape PDF with the Decree 30 header and Liberation Serif
 * embedded (the same way the document module prints its registers; that helper is internal to its module), and
 * writes it as an Excel workbook with Apache POI, one row per dossier.
 */
@Component
class DossierRegisterExports {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final float MARGIN = 30;
    private static final float FONT_SIZE = 8.5f;
    private static final float LEADING = 10.5f;
    /** Shares of the table width, one per column. */
    private static final float[] SHARES = {0.035f, 0.145f, 0.13f, 0.1f, 0.1f, 0.1f, 0.075f, 0.065f, 0.075f, 0.075f, 0.1f};

    private final MessageSource messages;

    DossierRegisterExports(MessageSource messages) {
        this.messages = messages;
    }

    List<String> columns(Locale locale) {
        var columns = new ArrayList<String>();
        for (String key : List.of("number", "code", "procedure", "applicant", "contact", "competent", "accepted",
                "appointment", "result", "returned", "note")) {
            columns.add(messages.getMessage("dossierRegister.column." + key, null, locale));
        }
        return columns;
    }

    byte[] pdf(DossierRegister register, Locale locale) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, FONT);
            PDType0Font bold = load(document, FONT_BOLD);
            var size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            var pdf = new Pdf(document, size);
            float width = size.getWidth() - 2 * MARGIN;
            float right = MARGIN + width * 0.55f;
            pdf.line(bold, 11, MARGIN, register.agencyName().toUpperCase(Locale.of("vi")), right, NATION);
            pdf.line(font, 11, MARGIN, "", right, MOTTO);
            pdf.y -= 8;
            pdf.line(bold, 14, MARGIN, messages.getMessage("dossierRegister.title", null, locale).toUpperCase(Locale.of("vi")),
                    0, null);
            pdf.line(font, 11, MARGIN, messages.getMessage("dossierRegister.period",
                    new Object[]{DATE.format(register.from()), DATE.format(register.to())}, locale), 0, null);
            pdf.y -= 4;
            float[] widths = new float[SHARES.length];
            for (int i = 0; i < SHARES.length; i++) {
                widths[i] = width * SHARES[i];
            }
            pdf.row(bold, widths, columns(locale));
            for (var entry : register.entries()) {
                pdf.row(font, widths, cells(entry));
            }
            if (register.entries().isEmpty()) {
                pdf.y -= 6;
                pdf.line(font, 10, MARGIN, messages.getMessage("dossierRegister.empty", null, locale), 0, null);
            }
            pdf.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] xlsx(DossierRegister register, Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("SO-THEO-DOI-HO-SO");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(register.agencyName());
            sheet.createRow(r++).createCell(0).setCellValue(messages.getMessage("dossierRegister.title", null, locale) + " · "
                    + messages.getMessage("dossierRegister.period", new Object[]{DATE.format(register.from()),
                    DATE.format(register.to())}, locale));
            Row header = sheet.createRow(r++);
            List<String> columns = columns(locale);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            for (var entry : register.entries()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(entry);
                row.createCell(0).setCellValue(entry.number());
                for (int i = 1; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 25 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(DossierRegister.Entry e) {
        return List.of(String.valueOf(e.number()), e.code(), text(e.procedureName()), text(e.applicantName()),
                text(e.contact()), text(e.competentAgencyName()), time(e.acceptedAt()), date(e.appointmentDate()),
                time(e.resultAt()), time(e.returnedAt()), text(e.note()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** Words in order, as many on a line as fit; a word longer than the width gets a line of its own. */
    static List<String> wrap(PDType0Font font, float fontSize, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.replace('\n', ' ').split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * fontSize <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The pages being written, top down; the header row is repeated on every new page. */
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
                var cell = wrap(font, FONT_SIZE, i < cells.size() ? cells.get(i) : "", widths[i] - 4);
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
