package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Signature and seal images become palette PNGs only when that keeps every pixel as it was. */
class PalettePngTests {

    @Test
    void aSignatureImageBecomesAPalettePngWithExactlyTheSamePixels() throws IOException {
        byte[] uploaded = DemoImages.signature("Bùi Văn Khánh");
        BufferedImage original = read(uploaded);

        byte[] compact = PalettePng.compact(original, uploaded);

        BufferedImage stored = read(compact);
        assertThat(stored.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertSamePixels(original, stored);
    }

    @Test
    void anImageWithMoreThan256ColoursIsKeptAsItWas() throws IOException {
        var image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 120; y++) {
                image.setRGB(x, y, (128 << 24) | (x << 8) | y);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] uploaded = out.toByteArray();

        assertThat(PalettePng.compact(read(uploaded), uploaded)).isSameAs(uploaded);
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int x = 0; x < expected.getWidth(); x++) {
            for (int y = 0; y < expected.getHeight(); y++) {
                int want = expected.getRGB(x, y);
                int got = actual.getRGB(x, y);
                if (want >>> 24 == 0) {
                    assertThat(got >>> 24).as("alpha at %d,%d", x, y).isZero();
                } else {
                    assertThat(got).as("pixel at %d,%d", x, y).isEqualTo(want);
                }
            }
        }
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
