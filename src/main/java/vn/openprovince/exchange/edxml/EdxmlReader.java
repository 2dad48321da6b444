package vn.openprovince.exchange.edxml;

import static vn.openprovince.exchange.edxml.Edxml.NAMESPACE;
import static vn.openprovince.exchange.edxml.Edxml.PREFIX;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;

/**
 * Parses and structurally checks received edXML (the checks a schema would make, plus the formats
 * QCVN 102 prescribes). A rejection names the element at fault, so the sender gets a status 02 with
 * a reason it can act on.
 */
public final class EdxmlReader {

    private EdxmlReader() {
    }

    /** A parsed package with its DOM, which the signature check needs. */
    public record Read<T>(T value, Document document) {
    }

    public static Read<EdxmlPackage> readPackage(byte[] xml) {
        return readPackage(Edxml.parse(xml));
    }

    /** Reads a package already parsed (receipt parses once to tell a package from a status). */
    public static Read<EdxmlPackage> readPackage(Document doc) {
        Element root = doc.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"edXML".equals(root.getLocalName())) {
            throw ExchangeException.onField("edXML", ExchangeError.EXC_WRONG_NAMESPACE, root.getNamespaceURI());
        }
        Element envelope = required(root, "edXMLEnvelope");
        checkPrefixes(envelope);
        Element header = required(envelope, "edXMLHeader");
        Element message = required(header, "MessageHeader");
        var from = organ(required(message, "From"), "From");
        List<EdxmlPackage.Organ> to = new ArrayList<>();
        for (Element t : children(message, "To")) {
            to.add(organ(t, "To"));
        }
        if (to.isEmpty()) {
            throw ExchangeException.onField("To", ExchangeError.EXC_MISSING_ELEMENT);
        }
        Element code = required(message, "Code");
        String codeNumber = requiredText(code, "CodeNumber");
        String codeNotation = requiredText(code, "CodeNotation");
        Element promulgation = required(message, "PromulgationInfo");
        LocalDate promulgationDate = date(requiredText(promulgation, "PromulgationDate"), "PromulgationDate");
        Element type = optional(message, "DocumentType");
        String subject = requiredText(message, "Subject");
        Element signer = optional(message, "SignerInfo");
        String due = optionalText(message, "DueDate");
        Element other = optional(message, "OtherInfo");
        int priority = number(other == null ? null : optionalText(other, "Priority"), "Priority", 0, 4, 0);
        String documentId = requiredText(message, "DocumentId");
        checkDocumentId(documentId, from.organId(), promulgationDate, codeNumber, codeNotation);
        var messageHeader = new EdxmlPackage.MessageHeader(from, to, codeNumber, codeNotation,
                optionalText(promulgation, "Place"), promulgationDate,
                type == null ? null : optionalText(type, "Type"), type == null ? null : optionalText(type, "TypeName"),
                subject, signer == null ? null : optionalText(signer, "Competence"),
                signer == null ? null : optionalText(signer, "Position"),
                signer == null ? null : optionalText(signer, "FullName"),
                due == null ? null : date(due, "DueDate"), priority,
                other == null || optionalText(other, "PageAmount") == null ? null
                        : number(optionalText(other, "PageAmount"), "PageAmount", 1, 9999, 1),
                documentId);

        Element traceList = required(header, "TraceHeaderList");
        List<EdxmlPackage.TraceHeader> traces = new ArrayList<>();
        for (Element t : children(traceList, "TraceHeader")) {
            String organId = requiredText(t, "OrganId");
            checkOrganId(organId, "TraceHeader");
            traces.add(new EdxmlPackage.TraceHeader(organId, timestamp(requiredText(t, "Timestamp"), "Timestamp")));
        }
        if (traces.isEmpty()) {
            throw ExchangeException.onField("TraceHeader", ExchangeError.EXC_MISSING_ELEMENT);
        }
        Element business = required(traceList, "Bussiness");
        int docType = number(requiredText(business, "BussinessDocType"), "BussinessDocType", 0, 3, 0);
        String reason = optionalText(business, "BussinessDocReason");
        if (docType > 0 && reason == null) {
            throw ExchangeException.onField("BussinessDocReason", ExchangeError.EXC_MISSING_ELEMENT);
        }
        Element staff = optional(business, "StaffInfo");
        List<EdxmlPackage.Replacement> replacements = new ArrayList<>();
        Element replacementList = optional(business, "ReplacementInfoList");
        if (replacementList != null) {
            for (Element info : children(replacementList, "ReplacementInfo")) {
                String replaced = requiredText(info, "DocumentId");
                if (replaced.split(",", 3).length != 3) {
                    throw ExchangeException.onField("ReplacementInfo", ExchangeError.EXC_INVALID_DOCUMENT_ID, replaced);
                }
                List<String> organIds = new ArrayList<>();
                Element organs = optional(info, "OrganIdList");
                if (organs != null) {
                    for (Element organ : children(organs, "OrganId")) {
                        String organId = organ.getTextContent().strip();
                        checkOrganId(organId, "ReplacementInfo");
                        organIds.add(organId);
                    }
                }
                replacements.add(new EdxmlPackage.Replacement(replaced, organIds));
            }
        }
        if (docType == 3 && replacements.isEmpty()) {
            // a replacement must name the document it replaces
            throw ExchangeException.onField("ReplacementInfo", ExchangeError.EXC_MISSING_ELEMENT);
        }
        var bussiness = new EdxmlPackage.Business(docType, reason, "1".equals(optionalText(business, "Paper")),
                staff == null ? null : optionalText(staff, "Staff"), replacements);
        required(header, "Signature");

        Element manifest = required(required(envelope, "edXMLBody"), "edXMLManifest");
        Map<String, byte[]> contents = attachments(root);
        List<EdxmlPackage.Attachment> attachments = new ArrayList<>();
        for (Element reference : children(manifest, "Reference")) {
            String href = reference.getAttributeNS(Edxml.XLINK, "href");
            String contentId = requiredText(reference, "ContentId");
            if (!href.equals("cid:" + contentId)) {
                throw ExchangeException.onField("Reference", ExchangeError.EXC_INVALID_VALUE, href);
            }
            byte[] content = contents.get(contentId);
            if (content == null) {
                throw ExchangeException.onField("Attachment", ExchangeError.EXC_MISSING_ELEMENT, contentId);
            }
            attachments.add(new EdxmlPackage.Attachment(contentId, requiredText(reference, "AttachmentName"),
                    requiredText(reference, "ContentType"), optionalText(reference, "Description"), content));
        }
        return new Read<>(new EdxmlPackage(messageHeader, traces, bussiness, attachments), doc);
    }

    public static Read<StatusMessage> readStatus(byte[] xml) {
        return readStatus(Edxml.parse(xml));
    }

    public static Read<StatusMessage> readStatus(Document doc) {
        Element root = doc.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Status".equals(root.getLocalName())) {
            throw ExchangeException.onField("Status", ExchangeError.EXC_WRONG_NAMESPACE, root.getNamespaceURI());
        }
        checkPrefixes(root);
        Element responseFor = required(root, "ResponseFor");
        String documentId = requiredText(responseFor, "DocumentId");
        Matcher id = Edxml.DOCUMENT_ID.matcher(documentId);
        if (!id.matches()) {
            throw ExchangeException.onField("DocumentId", ExchangeError.EXC_INVALID_DOCUMENT_ID, documentId);
        }
        var from = organ(required(root, "From"), "From");
        String statusCode = requiredText(root, "StatusCode");
        if (StatusCode.of(statusCode).isEmpty()) {
            throw ExchangeException.onField("StatusCode", ExchangeError.EXC_INVALID_VALUE, statusCode);
        }
        String date = optionalText(responseFor, "PromulgationDate");
        Element staff = optional(root, "StaffInfo");
        required(root, "Signature");
        return new Read<>(new StatusMessage(requiredText(responseFor, "OrganId"), optionalText(responseFor, "Code"),
                date == null ? null : date(date, "PromulgationDate"), documentId, from, statusCode,
                optionalText(root, "Description"), timestamp(requiredText(root, "Timestamp"), "Timestamp"),
                staff == null ? null : optionalText(staff, "Department"),
                staff == null ? null : optionalText(staff, "Staff")), doc);
    }

    /** Every element under the envelope is in the edXML namespace with the {@code edXML:} prefix (XML-DSig aside). */
    private static void checkPrefixes(Element element) {
        if (Edxml.XMLDSIG.equals(element.getNamespaceURI())) {
            return;
        }
        if (!NAMESPACE.equals(element.getNamespaceURI())) {
            throw ExchangeException.onField(element.getLocalName(), ExchangeError.EXC_WRONG_NAMESPACE,
                    element.getNamespaceURI());
        }
        if (!PREFIX.equals(element.getPrefix())) {
            throw ExchangeException.onField(element.getLocalName(), ExchangeError.EXC_MISSING_PREFIX);
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                checkPrefixes(child);
            }
        }
    }

    private static void checkDocumentId(String documentId, String fromOrganId, LocalDate date, String number,
                                        String notation) {
        Matcher m = Edxml.DOCUMENT_ID.matcher(documentId);
        if (!m.matches()) {
            throw ExchangeException.onField("DocumentId", ExchangeError.EXC_INVALID_DOCUMENT_ID, documentId);
        }
        if (!m.group(1).equals(fromOrganId) || !m.group(2).equals(Edxml.DATE.format(date))
                || !m.group(3).equals(number) || !m.group(4).equals(notation)) {
            // The id must name this document: its sender, date and number/symbol.
            throw ExchangeException.onField("DocumentId", ExchangeError.EXC_INVALID_DOCUMENT_ID, documentId);
        }
    }

    private static EdxmlPackage.Organ organ(Element element, String where) {
        String organId = requiredText(element, "OrganId");
        checkOrganId(organId, where);
        return new EdxmlPackage.Organ(organId, requiredText(element, "OrganName"),
                optionalText(element, "OrganizationInCharge"));
    }

    private static void checkOrganId(String organId, String where) {
        if (!Edxml.ORGAN_ID.matcher(organId).matches()) {
            throw ExchangeException.onField(where + "/OrganId", ExchangeError.EXC_INVALID_ORGAN_ID, organId);
        }
    }

    private static Map<String, byte[]> attachments(Element root) {
        Map<String, byte[]> contents = new HashMap<>();
        Element encoded = optional(root, "AttachmentEncoded");
        if (encoded == null) {
            return contents;
        }
        for (Element a : children(encoded, "Attachment")) {
            try {
                contents.put(requiredText(a, "ContentId"),
                        Base64.getMimeDecoder().decode(requiredText(a, "ContentTransferEncoded")));
            } catch (IllegalArgumentException e) {
                throw ExchangeException.onField("ContentTransferEncoded", ExchangeError.EXC_INVALID_VALUE, e.getMessage());
            }
        }
        return contents;
    }

    private static LocalDate date(String text, String element) {
        try {
            return LocalDate.parse(text, Edxml.DATE);
        } catch (DateTimeParseException e) {
            throw ExchangeException.onField(element, ExchangeError.EXC_INVALID_DATE, text);
        }
    }

    private static LocalDateTime timestamp(String text, String element) {
        try {
            return LocalDateTime.parse(text, Edxml.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw ExchangeException.onField(element, ExchangeError.EXC_INVALID_DATE, text);
        }
    }

    private static int number(String text, String element, int min, int max, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw ExchangeException.onField(element, ExchangeError.EXC_INVALID_VALUE, text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ExchangeException.onField(element, ExchangeError.EXC_INVALID_VALUE, text);
        }
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element optional(Element parent, String localName) {
        var found = children(parent, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Element required(Element parent, String localName) {
        Element e = optional(parent, localName);
        if (e == null) {
            throw ExchangeException.onField(localName, ExchangeError.EXC_MISSING_ELEMENT);
        }
        return e;
    }

    private static String optionalText(Element parent, String localName) {
        Element e = optional(parent, localName);
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static String requiredText(Element parent, String localName) {
        String text = optionalText(parent, localName);
        if (text == null) {
            throw ExchangeException.onField(localName, ExchangeError.EXC_MISSING_ELEMENT);
        }
        return text;
    }
}
