package vn.openprovince.exchange.edxml;

import static vn.openprovince.exchange.edxml.Edxml.NAMESPACE;
import static vn.openprovince.exchange.edxml.Edxml.PREFIX;

import java.util.Base64;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds edXML documents. Every envelope child carries the {@code edXML:} prefix explicitly: the
 * national (.NET) validator rejects packages whose serializer fell back to a default namespace.
 * The {@code edXML:Signature} element is left empty for the signer to fill.
 */
public final class EdxmlWriter {

    private EdxmlWriter() {
    }

    public static Document write(EdxmlPackage pkg) {
        Document doc = Edxml.newDocument();
        Element root = doc.createElementNS(NAMESPACE, "edXML");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NAMESPACE);
        doc.appendChild(root);
        Element envelope = child(root, "edXMLEnvelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + PREFIX, NAMESPACE);
        Element header = child(envelope, "edXMLHeader");
        writeMessageHeader(child(header, "MessageHeader"), pkg.header());
        Element traces = child(header, "TraceHeaderList");
        for (var trace : pkg.traces()) {
            Element t = child(traces, "TraceHeader");
            text(t, "OrganId", trace.organId());
            text(t, "Timestamp", Edxml.TIMESTAMP.format(trace.timestamp()));
        }
        Element business = child(traces, "Bussiness");
        text(business, "BussinessDocType", Integer.toString(pkg.business().docType()));
        text(business, "BussinessDocReason", pkg.business().reason());
        text(business, "Paper", pkg.business().paper() ? "1" : "0");
        if (pkg.business().docType() == 2) {
            // Cập nhật: the document's information changed, not its recipients.
            Element info = child(business, "BussinessDocumentInfo");
            text(info, "DocumentInfo", "1");
            text(info, "DocumentReceiver", "0");
        }
        Element staff = child(business, "StaffInfo");
        text(staff, "Staff", pkg.business().staff());
        if (!pkg.business().replacements().isEmpty()) {
            Element list = child(business, "ReplacementInfoList");
            for (var replacement : pkg.business().replacements()) {
                Element info = child(list, "ReplacementInfo");
                text(info, "DocumentId", replacement.documentId());
                Element organs = child(info, "OrganIdList");
                for (String organId : replacement.organIds()) {
                    text(organs, "OrganId", organId);
                }
            }
        }
        child(header, "Signature");
        Element body = child(envelope, "edXMLBody");
        Element manifest = child(body, "edXMLManifest");
        manifest.setAttribute("version", "1.0");
        for (var attachment : pkg.attachments()) {
            Element reference = child(manifest, "Reference");
            reference.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", Edxml.XLINK);
            reference.setAttributeNS(Edxml.XLINK, "xlink:href", "cid:" + attachment.contentId());
            text(reference, "Description", attachment.description());
            text(reference, "AttachmentName", attachment.name());
            text(reference, "ContentType", attachment.contentType());
            text(reference, "ContentId", attachment.contentId());
        }
        // Outside the envelope, in the default namespace, as the standard's samples have it.
        Element encoded = plain(root, "AttachmentEncoded");
        for (var attachment : pkg.attachments()) {
            Element a = plain(encoded, "Attachment");
            plainText(a, "ContentType", attachment.contentType());
            plainText(a, "ContentId", attachment.contentId());
            plainText(a, "Description", attachment.description());
            plainText(a, "AttachmentName", attachment.name());
            plainText(a, "ContentTransferEncoded", Base64.getEncoder().encodeToString(attachment.content()));
        }
        return doc;
    }

    /** A status message as its own document, root {@code edXML:Status}, with an empty signature slot. */
    public static Document write(StatusMessage status) {
        Document doc = Edxml.newDocument();
        Element root = doc.createElementNS(NAMESPACE, PREFIX + ":Status");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + PREFIX, NAMESPACE);
        doc.appendChild(root);
        Element responseFor = child(root, "ResponseFor");
        text(responseFor, "OrganId", status.responseForOrganId());
        text(responseFor, "Code", status.responseForCode());
        text(responseFor, "PromulgationDate", status.responseForDate() == null ? null
                : Edxml.DATE.format(status.responseForDate()));
        text(responseFor, "DocumentId", status.documentId());
        writeOrgan(child(root, "From"), status.from());
        text(root, "StatusCode", status.statusCode());
        text(root, "Description", status.description());
        text(root, "Timestamp", Edxml.TIMESTAMP.format(status.timestamp()));
        Element staff = child(root, "StaffInfo");
        text(staff, "Department", status.department());
        text(staff, "Staff", status.staff());
        child(root, "Signature");
        return doc;
    }

    private static void writeMessageHeader(Element header, EdxmlPackage.MessageHeader h) {
        writeOrgan(child(header, "From"), h.from());
        for (var to : h.to()) {
            writeOrgan(child(header, "To"), to);
        }
        Element code = child(header, "Code");
        text(code, "CodeNumber", h.codeNumber());
        text(code, "CodeNotation", h.codeNotation());
        Element promulgation = child(header, "PromulgationInfo");
        text(promulgation, "Place", h.place());
        text(promulgation, "PromulgationDate", Edxml.DATE.format(h.promulgationDate()));
        Element type = child(header, "DocumentType");
        text(type, "Type", h.type());
        text(type, "TypeName", h.typeName());
        text(header, "Subject", h.subject());
        Element signer = child(header, "SignerInfo");
        text(signer, "Competence", h.signerCompetence());
        text(signer, "Position", h.signerPosition());
        text(signer, "FullName", h.signerFullName());
        if (h.dueDate() != null) {
            text(header, "DueDate", Edxml.DATE.format(h.dueDate()));
        }
        Element other = child(header, "OtherInfo");
        text(other, "Priority", Integer.toString(h.priority()));
        if (h.pageAmount() != null) {
            text(other, "PageAmount", h.pageAmount().toString());
        }
        text(header, "SteeringType", "0");
        text(header, "DocumentId", h.documentId());
    }

    private static void writeOrgan(Element element, EdxmlPackage.Organ organ) {
        text(element, "OrganId", organ.organId());
        text(element, "OrganName", organ.organName());
        text(element, "OrganizationInCharge", organ.organizationInCharge());
    }

    private static Element child(Element parent, String localName) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, PREFIX + ":" + localName);
        parent.appendChild(element);
        return element;
    }

    private static void text(Element parent, String localName, String value) {
        child(parent, localName).setTextContent(value == null ? "" : value);
    }

    private static Element plain(Element parent, String localName) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, localName);
        parent.appendChild(element);
        return element;
    }

    private static void plainText(Element parent, String localName, String value) {
        plain(parent, localName).setTextContent(value == null ? "" : value);
    }
}
