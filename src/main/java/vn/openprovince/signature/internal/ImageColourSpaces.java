package vn.openprovince.signature.internal;

import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.NativePdfBoxVisibleSignatureDrawer;
import eu.europa.esig.dss.spi.DSSUtils;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DSS's PDFBox objects with one saving: to learn the colour space of a signature image, DSS's drawer
 * builds the whole PDF image object, and then builds it again to draw it. The answer depends only on the
 * image, and the platform signs with a few images again and again, so it is remembered per image content.
 */
final class ImageColourSpaces extends PdfBoxNativeObjectFactory {

    private static final int REMEMBERED = 1_000;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    @Override
    public PDFSignatureService newPAdESSignatureService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.SIGNATURE, parameters -> new Drawer()));
    }

    private final class Drawer extends NativePdfBoxVisibleSignatureDrawer {

        @Override
        protected String getExpectedColorSpaceName() throws IOException {
            if (parameters.getImage() == null) {
                return super.getExpectedColorSpaceName();
            }
            String image = Certificates.sha256(DSSUtils.toByteArray(parameters.getImage()));
            String known = names.get(image);
            if (known != null) {
                return known;
            }
            String name = super.getExpectedColorSpaceName();
            if (names.size() >= REMEMBERED) {
                names.clear();
            }
            names.put(image, name);
            return name;
        }
    }
}
