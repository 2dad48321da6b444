package vn.openprovince.payment.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The VietQR code as inline SVG: no image request, nothing for the content security policy to block. */
final class QrSvg {

    private QrSvg() {
    }

    static String of(String text, String label) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"240\" height=\"240\" "
                    + "role=\"img\" aria-label=\"%s\" shape-rendering=\"crispEdges\"><rect width=\"100%%\" height=\"100%%\" "
                    + "fill=\"#fff\"/><path fill=\"#000\" d=\"%s\"/></svg>")
                    .formatted(matrix.getWidth(), matrix.getHeight(), org.springframework.web.util.HtmlUtils.htmlEscape(label), path);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
