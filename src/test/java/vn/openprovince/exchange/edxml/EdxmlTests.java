package vn.openprovince.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;

/** The edXML builder and parser: round trip, the prefix rule, the standard's spelling, rejections with reasons. */
class EdxmlTests {

    static EdxmlPackage sample() {
        var header = new EdxmlPackage.MessageHeader(
                new EdxmlPackage.Organ("000.00.00.H99", "UBND tỉnh Hòa Bình", null),
                List.of(new EdxmlPackage.Organ("000.00.00.H98", "UBND tỉnh Sơn La", null)),
                "12", "UBND-VX", "Hòa Bình", LocalDate.of(2026, 11, 30), "1", "Công văn",
                "Về việc tổ chức Tết Nguyên đán", "TM. UBND", "Chủ tịch", "Nguyễn Văn An",
                LocalDate.of(2026, 12, 15), 1, 2, "000.00.00.H99,2026/11/30,12/UBND-VX");
        return new EdxmlPackage(header,
                List.of(new EdxmlPackage.TraceHeader("000.00.00.H99", LocalDateTime.of(2026, 11, 30, 9, 5, 7))),
                EdxmlPackage.Business.newDocument(false, "vanthu.tinh"),
                List.of(new EdxmlPackage.Attachment("a1b2", "12-UBND-VX.pdf", "application/pdf", "Văn bản",
                        "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))));
    }

    static String xml(EdxmlPackage pkg) {
        return new String(Edxml.serialize(EdxmlWriter.write(pkg)), StandardCharsets.UTF_8);
    }

    @Test
    void aPackageSurvivesTheRoundTrip() {
        var read = EdxmlReader.readPackage(Edxml.serialize(EdxmlWriter.write(sample()))).value();

        assertThat(read.header()).isEqualTo(sample().header());
        assertThat(read.traces()).isEqualTo(sample().traces());
        assertThat(read.business()).isEqualTo(sample().business());
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentId()).isEqualTo("a1b2");
            assertThat(a.name()).isEqualTo("12-UBND-VX.pdf");
            assertThat(a.content()).isEqualTo("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        });
    }

    @Test
    void everyEnvelopeChildCarriesTheEdxmlPrefixAndAttachmentsStayOutside() {
        var doc = EdxmlWriter.write(sample());
        Element envelope = (Element) doc.getDocumentElement().getFirstChild();
        assertThat(envelope.getTagName()).isEqualTo("edXML:edXMLEnvelope");
        assertEveryElementPrefixed(envelope);
        String text = xml(sample());
        assertThat(text).startsWith("<?xml").contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("xlink:href=\"cid:a1b2\"")
                .contains("</edXML:edXMLEnvelope><AttachmentEncoded><Attachment>");
        assertThat(text.indexOf("ContentTransferEncoded")).isGreaterThan(text.indexOf("</edXML:edXMLEnvelope>"));
    }

    private static void assertEveryElementPrefixed(Element element) {
        assertThat(element.getPrefix()).as(element.getLocalName()).isEqualTo("edXML");
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                assertEveryElementPrefixed(child);
            }
        }
    }

    @Test
    void aReplacementNamesTheReplacedDocumentAndItsRecipientsAndAnUpdateItsDocumentInfo() {
        var replacement = new EdxmlPackage(sample().header(), sample().traces(),
                new EdxmlPackage.Business(3, "Thay thế văn bản có sai sót", false, "vanthu.tinh",
                        List.of(new EdxmlPackage.Replacement("000.00.00.H99,2026/11/20,10/UBND-VX",
                                List.of("000.00.01.H98", "000.00.02.H98")))),
                sample().attachments());
        String text = xml(replacement);
        assertThat(text).contains("<edXML:ReplacementInfoList><edXML:ReplacementInfo><edXML:DocumentId>"
                + "000.00.00.H99,2026/11/20,10/UBND-VX</edXML:DocumentId><edXML:OrganIdList><edXML:OrganId>"
                + "000.00.01.H98</edXML:OrganId>");
        assertThat(EdxmlReader.readPackage(text.getBytes(StandardCharsets.UTF_8)).value().business())
                .isEqualTo(replacement.business());

        var update = new EdxmlPackage(sample().header(), sample().traces(),
                new EdxmlPackage.Business(2, "Bổ sung thời gian", false, null), sample().attachments());
        assertThat(xml(update)).contains("<edXML:BussinessDocType>2</edXML:BussinessDocType>")
                .contains("<edXML:BussinessDocumentInfo><edXML:DocumentInfo>1</edXML:DocumentInfo>"
                        + "<edXML:DocumentReceiver>0</edXML:DocumentReceiver></edXML:BussinessDocumentInfo>");
        assertThat(EdxmlReader.readPackage(xml(update).getBytes(StandardCharsets.UTF_8)).value().business().docType())
                .isEqualTo(2);
    }

    @Test
    void aReplacementWithoutTheReplacedDocumentIsRejected() {
        var replacement = new EdxmlPackage(sample().header(), sample().traces(),
                new EdxmlPackage.Business(3, "Thay thế", false, null), sample().attachments());
        assertRejected(xml(replacement), ExchangeError.EXC_MISSING_ELEMENT, "ReplacementInfo");
        var badId = new EdxmlPackage(sample().header(), sample().traces(),
                new EdxmlPackage.Business(3, "Thay thế", false, null,
                        List.of(new EdxmlPackage.Replacement("không-phải-mã", List.of()))), sample().attachments());
        assertRejected(xml(badId), ExchangeError.EXC_INVALID_DOCUMENT_ID, "ReplacementInfo");
    }

    @Test
    void theStandardsMisspeltBussinessNamesAreKept() {
        assertThat(xml(sample())).contains("<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType>")
                .contains("<edXML:BussinessDocReason")
                .doesNotContain("Business");
    }

    @Test
    void datesAndTimestampsUseTheStandardsFormats() {
        assertThat(xml(sample())).contains("<edXML:PromulgationDate>2026/11/30</edXML:PromulgationDate>")
                .contains("<edXML:Timestamp>2026/11/30 09:05:07</edXML:Timestamp>")
                .contains("<edXML:DocumentId>000.00.00.H99,2026/11/30,12/UBND-VX</edXML:DocumentId>");
    }

    @Test
    void aStatusMessageSurvivesTheRoundTrip() {
        var status = new StatusMessage("000.00.00.H99", "12/UBND-VX", LocalDate.of(2026, 11, 30),
                "000.00.00.H99,2026/11/30,12/UBND-VX", new EdxmlPackage.Organ("000.00.00.H98", "UBND tỉnh Sơn La", null),
                "03", "Đã vào sổ", LocalDateTime.of(2026, 11, 30, 10, 0, 0), "Văn thư", "vanthu");
        byte[] bytes = Edxml.serialize(EdxmlWriter.write(status));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<edXML:Status")
                .contains("<edXML:StatusCode>03</edXML:StatusCode>");
        assertThat(EdxmlReader.readStatus(bytes).value()).isEqualTo(status);
    }

    @Test
    void rejectsMalformedXml() {
        assertRejected("<edXML><unclosed>", ExchangeError.EXC_MALFORMED_XML, "package");
    }

    @Test
    void rejectsADoctypeSoNoExternalEntityIsRead() {
        assertRejected("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><edXML>&e;</edXML>",
                ExchangeError.EXC_MALFORMED_XML, "package");
    }

    @Test
    void rejectsTheWrongNamespace() {
        assertRejected(xml(sample()).replace("http://www.mic.gov.vn/TBT/QCVN_102_2016", "urn:other"),
                ExchangeError.EXC_WRONG_NAMESPACE, "edXML");
    }

    @Test
    void rejectsAnEnvelopeChildWithoutThePrefix() {
        String text = xml(sample()).replace("<edXML:Subject>", "<Subject xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .replace("</edXML:Subject>", "</Subject>");
        assertRejected(text, ExchangeError.EXC_MISSING_PREFIX, "Subject");
    }

    @Test
    void rejectsAMissingRequiredElement() {
        String text = xml(sample()).replaceAll("<edXML:Subject>.*?</edXML:Subject>", "");
        assertRejected(text, ExchangeError.EXC_MISSING_ELEMENT, "Subject");
    }

    @Test
    void rejectsADateInTheWrongFormat() {
        String text = xml(sample()).replace("<edXML:PromulgationDate>2026/11/30", "<edXML:PromulgationDate>30/11/2026");
        assertRejected(text, ExchangeError.EXC_INVALID_DATE, "PromulgationDate");
    }

    @Test
    void rejectsADocumentIdThatDoesNotNameTheDocument() {
        assertRejected(xml(sample()).replace(",2026/11/30,12/UBND-VX<", ",2026-11-30,12/UBND-VX<"),
                ExchangeError.EXC_INVALID_DOCUMENT_ID, "DocumentId");
        assertRejected(xml(sample()).replace(",2026/11/30,12/UBND-VX<", ",2026/11/30,13/UBND-VX<"),
                ExchangeError.EXC_INVALID_DOCUMENT_ID, "DocumentId");
    }

    @Test
    void rejectsAPriorityOutsideZeroToFour() {
        assertRejected(xml(sample()).replace("<edXML:Priority>1<", "<edXML:Priority>7<"),
                ExchangeError.EXC_INVALID_VALUE, "Priority");
    }

    @Test
    void rejectsAReferenceWithoutItsAttachment() {
        assertRejected(xml(sample()).replace("<ContentId>a1b2</ContentId>", "<ContentId>zzz</ContentId>"),
                ExchangeError.EXC_MISSING_ELEMENT, "Attachment");
    }

    private static void assertRejected(String xml, ExchangeError error, String field) {
        assertThatThrownBy(() -> EdxmlReader.readPackage(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
