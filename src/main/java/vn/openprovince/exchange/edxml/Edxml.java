package vn.openprovince.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;

/** Constants and XML plumbing of the edXML format, shared by the builder and the parser. */
public final class Edxml {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String PREFIX = "edXML";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    /** QCVN 102 identifier {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}. */
    public static final Pattern ORGAN_ID = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    /** {@code <sender OrganId>,<yyyy/MM/dd>,<number>/<symbol>}. */
    public static final Pattern DOCUMENT_ID =
            Pattern.compile("(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}),(\\d{4}/\\d{2}/\\d{2}),([^/,\\s]+)/(\\S.*)");

    private Edxml() {
    }

    static DocumentBuilder builder() {
        try {
            // The JDK's parser without the service look-up newInstance() makes on the class path at every call.
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // Packages come from other systems: no DTDs, no external entities (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses bytes namespace-aware; anything not well-formed is {@code EXC_MALFORMED_XML}. */
    public static Document parse(byte[] xml) {
        try {
            var builder = builder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw ExchangeException.onField("package", ExchangeError.EXC_MALFORMED_XML, e.getMessage());
        }
    }

    public static Document newDocument() {
        return builder().newDocument();
    }

    public static byte[] serialize(Document document) {
        try {
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
