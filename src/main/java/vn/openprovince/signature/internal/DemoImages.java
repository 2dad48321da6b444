package vn.openprovince.signature.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws demo images: a blue handwriting-like signature for an official and a red round seal with the
 * agency's name for an agency, both transparent PNGs as Decree 30 asks. Real ones are uploaded.
 */
final class DemoImages {

    static final Color SIGNATURE_BLUE = new Color(20, 50, 170);
    static final Color SEAL_RED = new Color(215, 25, 32);
    /** A common diameter of an agency seal; demo seals are printed at this real size. */
    static final double SEAL_DIAMETER_MM = 36;
    static final double SIGNATURE_WIDTH_MM = 40;

    private DemoImages() {
    }

    /** A flowing blue stroke, different for each name, on a transparent 600×240 canvas. */
    static byte[] signature(String name) {
        var image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(SIGNATURE_BLUE);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var random = new Random(name.hashCode());
        var path = new Path2D.Double();
        path.moveTo(40, 150);
        double x = 40;
        // Loops of varying height, like a quick cursive signature.
        for (int i = 0; i < 7; i++) {
            double step = 55 + random.nextInt(25);
            double up = 40 + random.nextInt(70);
            path.curveTo(x + step * 0.3, 150 - up, x + step * 0.9, 150 - up * 0.8, x + step * 0.6, 150);
            path.curveTo(x + step * 0.4, 170, x + step, 175, x + step, 145);
            x += step;
        }
        g.draw(path);
        // The flourish underneath.
        g.draw(new java.awt.geom.QuadCurve2D.Double(60, 200, 300, 160 + random.nextInt(40), 560, 185));
        g.dispose();
        return png(image);
    }

    /** A red round seal: two rings, the agency's name along the ring and a star in the middle. */
    static byte[] seal(String agencyName, String place) {
        int size = 500;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, size - 20, size - 20);
        g.setStroke(new BasicStroke(4));
        g.drawOval(95, 95, size - 190, size - 190);
        star(g, size / 2.0, size / 2.0, 70);
        String ring = agencyName.toUpperCase(Locale.forLanguageTag("vi")) + " ★ " + place.toUpperCase(
                Locale.forLanguageTag("vi")) + " ★";
        textOnRing(g, ring, size / 2.0, size / 2.0, 190);
        g.dispose();
        return png(image);
    }

    private static void textOnRing(Graphics2D g, String text, double cx, double cy, double radius) {
        float fontSize = Math.max(20, Math.min(40, (float) (2 * Math.PI * radius / text.length() * 1.2)));
        Font font = serif(fontSize).deriveFont(Font.BOLD);
        g.setFont(font);
        var metrics = g.getFontMetrics();
        double total = metrics.stringWidth(text);
        double angle = -Math.PI / 2 - (total / radius) / 2;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String glyph = new String(Character.toChars(codePoint));
            double width = metrics.stringWidth(glyph);
            double middle = angle + (width / 2) / radius;
            AffineTransform saved = g.getTransform();
            g.translate(cx + radius * Math.cos(middle), cy + radius * Math.sin(middle));
            g.rotate(middle + Math.PI / 2);
            g.drawString(glyph, (float) (-width / 2), 0);
            g.setTransform(saved);
            angle += width / radius;
            i += Character.charCount(codePoint);
        }
    }

    private static void star(Graphics2D g, double cx, double cy, double radius) {
        var star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Font serif(float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(PadesSigning.readFont())).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
