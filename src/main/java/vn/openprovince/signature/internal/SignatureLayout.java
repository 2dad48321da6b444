package vn.openprovince.signature.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.openprovince.signature.internal.Appearance.Rectangle;

/**
 * Where the Decree 30 appearances go (Appendix I): the personal signature between the position line
 * and the signer's name on the last page, the seal overlapping a third of it on its left, and the
 * text stamp of attachments and copies at the top right of page 1. Rectangles are in PDF points with
 * the origin at the top-left corner, as DSS takes them.
 */
final class SignatureLayout {

    static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float STAMP_FONT_SIZE = 10;
    private static final float STAMP_LINE_HEIGHT = 12;
    private static final float RIGHT_MARGIN_MM = 15;
    private static final float STAMP_TOP_MM = 8;
    /** Room kept free above and below the signature image within the gap between the lines. */
    private static final float GAP_PADDING = 3;
    private static final float MIN_SIGNATURE_HEIGHT = 28;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Font SERIF = loadSerif();

    private final SignatureSettings settings;

    SignatureLayout(SignatureSettings settings) {
        this.settings = settings;
    }

    /**
     * The box of the personal signature image on the last page: centred under the signer's name's
     * centre, in the gap between the position line above it and the name line; at the configured
     * fallback position when the name cannot be found in the page text.
     *
     * @param aspect the image's width divided by its height
     */
    Rectangle personalSignature(PDDocument document, String signerName, float aspect) {
        float maxWidth = (float) (settings.signatureWidthMm() * POINTS_PER_MM);
        var lines = lines(document, document.getNumberOfPages());
        var name = lines.stream().filter(line -> normalise(line.text()).contains(normalise(signerName)))
                .max(Comparator.comparing(TextLine::baseline));
        if (name.isEmpty()) {
            float width = maxWidth;
            return new Rectangle(settings.fallbackX(), settings.fallbackY(), width, width / aspect);
        }
        var nameLine = name.get();
        Optional<TextLine> position = lines.stream()
                .filter(line -> line.baseline() < nameLine.top() && line.overlapsHorizontally(nameLine))
                .max(Comparator.comparing(TextLine::baseline));
        float gapTop = position.map(TextLine::bottom).orElse(nameLine.top() - 4 * MIN_SIGNATURE_HEIGHT) + GAP_PADDING;
        float gapBottom = nameLine.top() - GAP_PADDING;
        float height = Math.max(MIN_SIGNATURE_HEIGHT, gapBottom - gapTop);
        float width = Math.min(maxWidth, height * aspect);
        height = width / aspect;
        float centreY = (gapTop + gapBottom) / 2;
        return new Rectangle(nameLine.centreX() - width / 2, centreY - height / 2, width, height);
    }

    /**
     * The seal's box: a square of the seal's real size, vertically centred on the latest signature
     * on the last page, its right edge a third of the way into that signature from the left.
     */
    Optional<Rectangle> seal(PDDocument document, double sealWidthMm) {
        PDPage page = document.getPage(document.getNumberOfPages() - 1);
        return latestSignatureBox(page).map(signature -> {
            float size = (float) (sealWidthMm * POINTS_PER_MM);
            float right = signature.x() + signature.width() / 3;
            // A signature block printed near the left edge leaves no room for the seal's usual place:
            // keep the seal on the page (DSS refuses a field outside it), overlapping a little more.
            float left = Math.max(0, right - size);
            return new Rectangle(left, signature.centreY() - size / 2, size, size);
        });
    }

    /** The text stamp's box at the top right of page 1, just wide and tall enough for its lines. */
    Rectangle stamp(PDDocument document, List<String> stampLines) {
        PDPage page = document.getPage(0);
        var context = new FontRenderContext(null, true, true);
        var font = SERIF.deriveFont(STAMP_FONT_SIZE);
        float width = (float) stampLines.stream()
                .mapToDouble(line -> font.getStringBounds(line, context).getWidth()).max().orElse(0) + 4;
        float height = stampLines.size() * STAMP_LINE_HEIGHT + 4;
        float pageWidth = page.getMediaBox().getWidth();
        return new Rectangle(pageWidth - RIGHT_MARGIN_MM * POINTS_PER_MM - width, STAMP_TOP_MM * POINTS_PER_MM,
                width, height);
    }

    /** The widget box of the signature field added last on the page, if any. */
    static Optional<Rectangle> latestSignatureBox(PDPage page) {
        float pageHeight = page.getMediaBox().getHeight();
        try {
            Rectangle latest = null;
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget && isSignatureField(widget)) {
                    var box = widget.getRectangle();
                    if (box != null && box.getWidth() > 0 && box.getHeight() > 0) {
                        latest = new Rectangle(box.getLowerLeftX(), pageHeight - box.getUpperRightY(),
                                box.getWidth(), box.getHeight());
                    }
                }
            }
            return Optional.ofNullable(latest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSignatureField(PDAnnotationWidget widget) {
        var dictionary = widget.getCOSObject();
        var parent = dictionary.getCOSDictionary(COSName.PARENT);
        return COSName.SIG.equals(dictionary.getCOSName(COSName.FT))
                || (parent != null && COSName.SIG.equals(parent.getCOSName(COSName.FT)));
    }

    /** The text lines of a page (1-based), fragments on one baseline and close together joined. */
    static List<TextLine> lines(PDDocument document, int pageNumber) {
        var collector = new LineCollector();
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.setSortByPosition(true);
        try {
            collector.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.lines;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim().toLowerCase(VIETNAMESE);
    }

    private static Font loadSerif() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PadesSigning.readFont()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot read the serif font", e);
        }
    }

    /** A line of text with its box (top-left origin). */
    record TextLine(String text, float left, float right, float top, float baseline, float fontSize) {

        float bottom() {
            // Descenders reach about a quarter of the font size below the baseline.
            return baseline + fontSize * 0.25f;
        }

        float centreX() {
            return (left + right) / 2;
        }

        boolean overlapsHorizontally(TextLine other) {
            return left < other.right && other.left < right;
        }

        TextLine join(String more, float moreRight, float moreTop) {
            return new TextLine(text + more, left, Math.max(right, moreRight), Math.min(top, moreTop), baseline, fontSize);
        }
    }

    private static final class LineCollector extends PDFTextStripper {

        private final List<TextLine> lines = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            var first = positions.getFirst();
            var last = positions.getLast();
            float left = first.getXDirAdj();
            float right = last.getXDirAdj() + last.getWidthDirAdj();
            float baseline = first.getYDirAdj();
            float fontSize = first.getFontSizeInPt();
            float top = (float) positions.stream().mapToDouble(p -> p.getYDirAdj() - p.getHeightDir()).min().orElse(baseline);
            for (int i = lines.size() - 1; i >= 0; i--) {
                var line = lines.get(i);
                // Same baseline and near enough to be one phrase; far apart is another column.
                if (Math.abs(line.baseline() - baseline) < 1.5f && left - line.right() < 3 * fontSize
                        && left >= line.left()) {
                    lines.set(i, line.join(" " + text, right, top));
                    return;
                }
            }
            lines.add(new TextLine(text, left, right, top, baseline, fontSize));
        }
    }
}
