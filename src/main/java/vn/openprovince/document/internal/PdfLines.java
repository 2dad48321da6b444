package vn.openprovince.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Breaks text into lines that fit a width, for the registers, reports and file indexes printed as PDF. */
final class PdfLines {

    private PdfLines() {
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
}
