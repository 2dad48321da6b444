package vn.openprovince.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Bản in PDF: one PDF written top down on A4 pages, with Liberation Serif (Times-compatible, every Vietnamese
 * glyph) embedded as a subset. Lines, wrapped paragraphs and table rows move to a new page when the current one is
 * full. {@code y} is the top of the next line; a line of size {@code s} takes {@code s} plus the writer's line gap.
 * Write, then {@link #toBytes()}; close it (try-with-resources) in every case.
 */
public final class PdfDocumentWriter implements AutoCloseable {

    /** Quốc hiệu and tiêu ngữ of the Decree 30 header. */
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Read from the class path once; each document embeds its own subset. */
    private static final byte[] REGULAR = resource("liberation/LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = resource("liberation/LiberationSerif-Bold.ttf");

    /** Margins in points (1 mm ≈ 2.83 pt; Decree 30: left 30 mm, right 20 mm). */
    public record Margins(float left, float right, float top, float bottom) {

        public static Margins of(float all) {
            return new Margins(all, all, all, all);
        }
    }

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final Margins margins;
    private final float lineGap;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    private PdfDocumentWriter(PDRectangle size, Margins margins, float lineGap) {
        this.size = size;
        this.margins = margins;
        this.lineGap = lineGap;
        try {
            this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR));
            this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD));
            newPage();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** @param lineGap the points between one line and the next, on top of the font size */
    public static PdfDocumentWriter a4Portrait(Margins margins, float lineGap) {
        return new PdfDocumentWriter(PDRectangle.A4, margins, lineGap);
    }

    /** @param lineGap the points between one line and the next, on top of the font size */
    public static PdfDocumentWriter a4Landscape(Margins margins, float lineGap) {
        return new PdfDocumentWriter(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
                margins, lineGap);
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** Where the text starts on the left. */
    public float left() {
        return margins.left();
    }

    /** The width between the margins. */
    public float width() {
        return size.getWidth() - margins.left() - margins.right();
    }

    /** Where the text ends on the right. */
    public float right() {
        return size.getWidth() - margins.right();
    }

    public void gap(float points) {
        y -= points;
    }

    /** One line at the left margin; text wider than the page is not wrapped (see {@link #paragraph}). */
    public void line(PDType0Font font, float fontSize, String text) {
        line(font, fontSize, left(), text);
    }

    public void line(PDType0Font font, float fontSize, float x, String text) {
        text(font, fontSize, x, text);
        y -= fontSize + lineGap;
    }

    /** Text on the line about to be written, without moving down: a second column, an amount on the right. */
    public void text(PDType0Font font, float fontSize, float x, String text) {
        room(fontSize + lineGap);
        show(font, fontSize, x, y, text);
    }

    /** Text wrapped to the width between the margins. */
    public void paragraph(PDType0Font font, float fontSize, String text) {
        for (String line : wrap(font, fontSize, text, width())) {
            line(font, fontSize, line);
        }
    }

    /** Text wrapped to the width between the margins, each line centred. */
    public void centered(PDType0Font font, float fontSize, String text) {
        for (String line : wrap(font, fontSize, text, width())) {
            line(font, fontSize, left() + (width() - widthOf(font, fontSize, line)) / 2, line);
        }
    }

    /**
     * One row of a table with borders: each cell wrapped to its column, the row as tall as its tallest cell and moved
     * whole to a new page when it does not fit. Missing cells are left empty.
     */
    public void row(PDType0Font font, float fontSize, float[] widths, List<String> cells) {
        float leading = fontSize + 2;
        var wrapped = new ArrayList<List<String>>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            var cell = wrap(font, fontSize, i < cells.size() ? cells.get(i) : "", widths[i] - 4);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * leading + 4;
        room(height);
        try {
            float x = left();
            for (int i = 0; i < widths.length; i++) {
                content.addRect(x, y - height, widths[i], height);
                float top = y - 1;
                for (String line : wrapped.get(i)) {
                    show(font, fontSize, x + 2, top, line);
                    top -= leading;
                }
                x += widths[i];
            }
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /**
     * The Decree 30 header: the agency's name in capitals, centred and wrapped on the left with the number under
     * it; the national name, the motto and the place and date on the right. A null number or date leaves its place
     * empty.
     */
    public void nationalHeader(String agencyName, String number, String placeAndDate) {
        float leftWidth = width() * 0.42f;
        float rightX = left() + width() * 0.45f;
        float rightWidth = width() * 0.55f;
        room(60);
        float ly = y;
        for (String line : wrap(bold, 12, agencyName == null ? "" : agencyName.toUpperCase(VI), leftWidth)) {
            centredIn(bold, 12, left(), leftWidth, ly, line);
            ly -= 15;
        }
        centredIn(regular, 11, left(), leftWidth, ly - 4, number);
        float ry = y;
        centredIn(bold, 12, rightX, rightWidth, ry, NATION);
        ry -= 15;
        centredIn(bold, 13, rightX, rightWidth, ry, MOTTO);
        ry -= 22;
        centredIn(regular, 11, rightX, rightWidth, ry, placeAndDate);
        y = Math.min(ly - 4, ry) - 18;
    }

    /** The signer's block on the right: the position, room for the signature, the name. */
    public void signature(String position, String name) {
        room(70);
        float x = left() + width() * 0.55f;
        float w = width() * 0.45f;
        centredIn(bold, 12, x, w, y, position);
        y -= 50;
        centredIn(bold, 12, x, w, y, name);
        y -= 22;
    }

    /** A QR code of the address at the left margin, with the caption and the address beside it. */
    public void qrCode(String url, String caption) {
        room(110);
        try {
            var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var bitmap = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int py = 0; py < matrix.getHeight(); py++) {
                for (int px = 0; px < matrix.getWidth(); px++) {
                    bitmap.setRGB(px, py, matrix.get(px, py) ? 0x000000 : 0xFFFFFF);
                }
            }
            content.drawImage(LosslessFactory.createFromImage(document, bitmap), left(), y - 85, 85, 85);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float textX = left() + 95;
        show(regular, 10, textX, y - 30, caption);
        for (String line : wrap(regular, 10, url, width() - 95)) {
            show(regular, 10, textX, y - 44, line);
            y -= 12;
        }
        y -= 90;
    }

    /** Appends the pages of another PDF; what is written after it starts on a new page. */
    public void append(byte[] pdf) {
        try {
            endPage();
            try (PDDocument other = Loader.loadPDF(pdf)) {
                new PDFMergerUtility().appendDocument(document, other);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF as written so far. */
    public byte[] toBytes() {
        try (var out = new ByteArrayOutputStream()) {
            endPage();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            endPage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words in order, as many on a line as fit; a word longer than the width gets a line of its own. */
    public static List<String> wrap(PDType0Font font, float fontSize, String text, float width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.replace('\n', ' ').split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || widthOf(font, fontSize, candidate) <= width) {
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

    /** The width of the text in points. */
    public static float widthOf(PDType0Font font, float fontSize, String text) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void centredIn(PDType0Font font, float fontSize, float x, float width, float top, String text) {
        if (text != null) {
            show(font, fontSize, x + (width - widthOf(font, fontSize, text)) / 2, top, text);
        }
    }

    /** Draws the text with its top at {@code top} (the baseline a font size lower); nothing for empty text. */
    private void show(PDType0Font font, float fontSize, float x, float top, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, top - fontSize);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a new page when nothing is open or the next {@code needed} points do not fit above the margin. */
    private void room(float needed) {
        if (content == null || y - needed < margins.bottom()) {
            try {
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        endPage();
        var page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = size.getHeight() - margins.top();
    }

    private void endPage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
