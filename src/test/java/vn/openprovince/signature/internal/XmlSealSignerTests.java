package vn.openprovince.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.signature.XmlSealSigner;

/** An agency seals an XML document with its demo key; any change after sealing is found. */
@SpringBootTest
class XmlSealSignerTests {

    @Autowired
    XmlSealSigner signer;
    @Autowired
    OrganizationDirectory directory;

    @Test
    void anAgencySealVerifiesAgainstTheTrustStoreAndATamperedDocumentDoesNot() throws Exception {
        var clerk = directory.officialByEmail("vanthu.xa@demo.openprovince.vn").orElseThrow();
        Document doc = parse("<m xmlns=\"urn:t\"><s/><v>12/UBND-VX</v></m>");
        signer.signEnveloped(doc, (Element) doc.getDocumentElement().getFirstChild(), clerk.agencyId());

        var verification = signer.verify(doc);
        assertThat(verification.valid()).as(verification.problem()).isTrue();
        assertThat(verification.signer()).isNotBlank();

        doc.getDocumentElement().getLastChild().setTextContent("13/UBND-VX");
        var tampered = signer.verify(doc);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.valid()).isFalse();
    }

    @Test
    void anUnsignedDocumentIsReportedAsSuch() throws Exception {
        var verification = signer.verify(parse("<m xmlns=\"urn:t\"/>"));
        assertThat(verification.signed()).isFalse();
        assertThat(verification.valid()).isFalse();
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
