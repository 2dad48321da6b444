package vn.openprovince.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints a register as an A4 landscape PDF (Liberation Serif embedded, so Vietnamese shows everywhere)
 * and writes it as an Excel workbook (Office Open XML, one sheet, text cells).
 */
@Component
public class RegisterExports {

    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 9;
    private static final float LEADING = 11;

    public byte[] pdf(Register register) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, FONT);
            PDType0Font bold = load(document, FONT_BOLD);
            var size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float width = size.getWidth() - 2 * MARGIN;
            float[] widths = columnWidths(register, width);
            var page = new Page(document, size);
            page.text(bold, 12, MARGIN, register.agencyName().toUpperCase(java.util.Locale.ROOT));
            page.text(bold, 14, MARGIN, register.title().toUpperCase(java.util.Locale.ROOT));
            page.text(font, 11, MARGIN, DATE.format(register.from()) + " – " + DATE.format(register.to()));
            page.y -= 6;
            page = row(page, bold, widths, register.columns(), document, size);
            for (List<String> cells : register.rows()) {
                page = row(page, font, widths, cells, document, size);
            }
            page.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private Page row(Page page, PDType0Font font, float[] widths, List<String> cells, PDDocument document,
                     PDRectangle size) throws IOException {
        var wrapped = new ArrayList<List<String>>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            var cell = PdfLines.wrap(font, FONT_SIZE, i < cells.size() ? cells.get(i) : "", widths[i] - 4);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * LEADING + 4;
        if (page.y - height < MARGIN) {
            page.close();
            page = new Page(document, size);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            page.content.addRect(x, page.y - height, widths[i], height);
            float lineY = page.y - LEADING + 1;
            for (String line : wrapped.get(i)) {
                page.content.beginText();
                page.content.setFont(font, FONT_SIZE);
                page.content.newLineAtOffset(x + 2, lineY);
                page.content.showText(line);
                page.content.endText();
                lineY -= LEADING;
            }
            x += widths[i];
        }
        page.content.stroke();
        page.y -= height;
        return page;
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** One page being written, top down. */
    private static final class Page {
        final PDPageContentStream content;
        float y;

        Page(PDDocument document, PDRectangle size) throws IOException {
            var page = new PDPage(size);
            document.addPage(page);
            this.content = new PDPageContentStream(document, page);
            this.content.setLineWidth(0.5f);
            this.y = size.getHeight() - MARGIN;
        }

        void text(PDType0Font font, float fontSize, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, y - fontSize);
            content.showText(text);
            content.endText();
            y -= fontSize + 6;
        }

        void close() throws IOException {
            content.close();
        }
    }

    public byte[] xlsx(Register register) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(xml(register.kind().name())));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            var sheet = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            int r = 1;
            sheet.append(row(r++, List.of(register.title() + " · " + register.agencyName() + " · "
                    + DATE.format(register.from()) + " – " + DATE.format(register.to()))));
            sheet.append(row(r++, register.columns()));
            for (List<String> cells : register.rows()) {
                sheet.append(row(r++, cells));
            }
            sheet.append("</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(int number, List<String> cells) {
        var row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.size(); i++) {
            row.append("<c r=\"").append(column(i)).append(number).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(xml(cells.get(i))).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (char) ('A' + index - 26);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
