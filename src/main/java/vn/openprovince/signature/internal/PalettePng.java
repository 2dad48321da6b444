package vn.openprovince.signature.internal;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Signature and seal images as palette PNGs. A signature is one ink colour and a seal one red, so with
 * their anti-aliased edges they rarely use more than 256 colour-and-opacity values, and then a palette PNG
 * (colour type 3 with a transparency chunk) holds them exactly. PDFBox copies such a PNG's compressed data
 * straight into the PDF, where a true-colour PNG with alpha is decoded and compressed again on every
 * signature, which was three quarters of the time of a signature with an image.
 */
final class PalettePng {

    private static final int MAX_COLOURS = 256;

    private PalettePng() {
    }

    /**
     * The same pixels as a palette PNG when they use at most 256 colour-and-opacity values (fully transparent
     * pixels count as one); otherwise the original PNG unchanged.
     */
    static byte[] compact(BufferedImage image, byte[] original) {
        if (image.getColorModel() instanceof IndexColorModel) {
            return original;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> palette = new LinkedHashMap<>();
        palette.put(0, 0); // transparent first: most of the canvas
        byte[] indexes = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int argb = pixels[i] >>> 24 == 0 ? 0 : pixels[i];
            Integer index = palette.get(argb);
            if (index == null) {
                if (palette.size() == MAX_COLOURS) {
                    return original;
                }
                index = palette.size();
                palette.put(argb, index);
            }
            indexes[i] = (byte) (int) index;
        }
        int size = palette.size();
        byte[] red = new byte[size];
        byte[] green = new byte[size];
        byte[] blue = new byte[size];
        byte[] alpha = new byte[size];
        palette.forEach((colour, index) -> {
            int argb = colour;
            alpha[index] = (byte) (argb >>> 24);
            red[index] = (byte) (argb >> 16);
            green[index] = (byte) (argb >> 8);
            blue[index] = (byte) argb;
        });
        var model = new IndexColorModel(8, size, red, green, blue, alpha);
        var indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        indexed.getRaster().setDataElements(0, 0, width, height, indexes);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(indexed, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
