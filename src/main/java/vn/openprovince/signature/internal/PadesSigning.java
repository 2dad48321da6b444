package vn.openprovince.signature.internal;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.springframework.core.io.ClassPathResource;
import vn.openprovince.signature.device.SigningDeviceProvider;

/**
 * Signs PDFs as PAdES-BASELINE-B with DSS: computes the data to be signed, lets the device sign it
 * and embeds the value in an incremental update, so earlier signatures stay valid.
 */
final class PadesSigning {

    /** Liberation Serif: metric-compatible with Times New Roman (Decree 30) and free (SIL OFL). */
    static final String SERIF_FONT = "liberation/LiberationSerif-Regular.ttf";
    static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    private static final float STAMP_FONT_SIZE = 10;

    private final PAdESService service;
    private final byte[] serifFont;

    PadesSigning() {
        var factory = new ImageColourSpaces();
        var positions = new PdfSignatureFieldPositionChecker();
        // The seal overlaps the personal signature on purpose (Decree 30, Appendix I).
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        factory.setPdfSignatureFieldPositionChecker(positions);
        var verifier = new CommonCertificateVerifier();
        // Signing never reaches out to the network: no AIA, CRL or OCSP fetching.
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        this.service = new PAdESService(verifier);
        this.service.setPdfObjFactory(factory);
        this.serifFont = readFont();
    }

    byte[] sign(byte[] pdf, SigningDeviceProvider device, Appearance appearance, Instant signingTime, String reason) {
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        var chain = device.certificateChain();
        parameters.setSigningCertificate(chain.getFirst());
        parameters.setCertificateChain(chain);
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        parameters.setSigningTimeZone(VIETNAM);
        parameters.setReason(reason);
        if (appearance != null) {
            parameters.setImageParameters(imageParameters(appearance));
        }
        DSSDocument document = new InMemoryDocument(pdf);
        var data = service.getDataToSign(document, parameters);
        var value = device.sign(data, parameters.getDigestAlgorithm());
        return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    }

    private SignatureImageParameters imageParameters(Appearance appearance) {
        var field = new SignatureFieldParameters();
        field.setPage(appearance.page());
        field.setOriginX(appearance.x());
        field.setOriginY(appearance.y());
        field.setWidth(appearance.width());
        field.setHeight(appearance.height());
        var parameters = new SignatureImageParameters();
        parameters.setFieldParameters(field);
        parameters.setBackgroundColor(new Color(255, 255, 255, 0));
        if (appearance.image() != null) {
            parameters.setImage(new InMemoryDocument(appearance.image(), "appearance.png", MimeTypeEnum.PNG));
            parameters.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
        }
        if (appearance.text() != null) {
            var font = new DSSFileFont(new InMemoryDocument(serifFont, "LiberationSerif-Regular.ttf"));
            font.setSize(STAMP_FONT_SIZE);
            var text = new SignatureImageTextParameters();
            text.setText(appearance.text());
            text.setFont(font);
            text.setTextColor(Color.BLACK);
            text.setBackgroundColor(new Color(255, 255, 255, 0));
            text.setPadding(0);
            text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.RIGHT);
            parameters.setTextParameters(text);
        }
        return parameters;
    }

    static byte[] readFont() {
        try (var in = new ClassPathResource(SERIF_FONT).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The serif font " + SERIF_FONT + " is missing from the class path", e);
        }
    }
}
