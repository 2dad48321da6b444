package vn.openprovince.document.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import vn.openprovince.printing.PdfDocumentWriter;

/**
 * Xuất hồ sơ (Appendix VI: export to PDF and XML in chronological order): the file's metadata and
 * each document's, by DocOrdinal, as XML with the Decree's field names; and one PDF, an index page
 * (mục lục văn bản) followed by the documents' PDFs. A document without a PDF (a DOCX draft file, a
 * recalled copy) has a line in the index saying why it is not included.
 */
@Component
class RecordFileExports {

    /** Appendix VI and edXML write dates as yyyy/MM/dd. */
    private static final DateTimeFormatter XML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float SIZE = 10;

    record Recipient(String organId, String organName) {
    }

    /**
     * One document of the export, in DocOrdinal order, with its Appendix VI fields.
     *
     * @param priority  Priority (Number 1): the urgency level, 0 Thường … 4 Hỏa tốc hẹn giờ
     * @param pdf       the document's PDF, or null with {@code skipped} saying why (NOT_PDF, RECALLED)
     * @param annexes   the PDFs of its annexes (phụ lục), which follow it in the PDF export
     */
    record Entry(int docOrdinal, FiledDocumentKind kind, String typeName, String numberAndSymbol, LocalDate issuedDate,
                 String organName, String subject, Integer pages, String signerPosition, String signerName,
                 int priority, LocalDate dueDate, Instant arrivalDate, Integer arrivalNumber, String toPlaces,
                 List<Recipient> to, byte[] pdf, String skipped, String fileName, List<byte[]> annexes) {

        /** CodeNumber: what comes before the first "/" of the number and symbol. */
        String codeNumber() {
            int slash = numberAndSymbol.indexOf('/');
            return slash < 0 ? "" : numberAndSymbol.substring(0, slash);
        }

        /** CodeNotation: the symbol after the number. */
        String codeNotation() {
            int slash = numberAndSymbol.indexOf('/');
            return slash < 0 ? numberAndSymbol : numberAndSymbol.substring(slash + 1);
        }
    }

    record Export(RecordFileView file, List<Entry> entries) {
    }

    byte[] xml(Export export) {
        var file = export.file();
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("File");
            fileCode(xml, file);
            element(xml, "Title", file.title());
            element(xml, "Maintenance", file.maintenance());
            element(xml, "Rights", file.rights());
            element(xml, "Creator", file.creatorName());
            element(xml, "Language", file.language());
            element(xml, "StartDate", date(file.startDate()));
            element(xml, "EndDate", date(file.endDate()));
            element(xml, "DocTotal", String.valueOf(export.entries().size()));
            element(xml, "PageTotal", String.valueOf(export.entries().stream()
                    .mapToInt(e -> e.pages() == null ? 0 : e.pages()).sum()));
            element(xml, "Description", file.description());
            xml.writeStartElement("Documents");
            for (Entry entry : export.entries()) {
                xml.writeStartElement(entry.kind() == FiledDocumentKind.INCOMING ? "IncomingDocument" : "OutgoingDocument");
                fileCode(xml, file);
                element(xml, "DocOrdinal", String.valueOf(entry.docOrdinal()));
                element(xml, "TypeName", entry.typeName());
                element(xml, "CodeNumber", entry.codeNumber());
                element(xml, "CodeNotation", entry.codeNotation());
                element(xml, "IssuedDate", date(entry.issuedDate()));
                element(xml, "OrganName", entry.organName());
                element(xml, "Subject", entry.subject());
                element(xml, "Language", file.language());
                element(xml, "PageAmount", entry.pages() == null ? "" : String.valueOf(entry.pages()));
                element(xml, "Description", entry.skipped() == null ? "" : entry.skipped());
                if (entry.kind() == FiledDocumentKind.INCOMING) {
                    element(xml, "ArrivalDate", date(entry.arrivalDate() == null ? null
                            : entry.arrivalDate().atZone(IncomingDocument.ZONE).toLocalDate()));
                    element(xml, "ArrivalNumber", String.valueOf(entry.arrivalNumber()));
                }
                xml.writeStartElement("SignerInfo");
                element(xml, "Position", entry.signerPosition());
                element(xml, "FullName", entry.signerName());
                xml.writeEndElement();
                if (entry.kind() == FiledDocumentKind.OUTGOING) {
                    for (Recipient recipient : entry.to()) {
                        xml.writeStartElement("To");
                        element(xml, "OrganId", recipient.organId());
                        element(xml, "OrganName", recipient.organName());
                        xml.writeEndElement();
                    }
                    element(xml, "IssuedAmount", String.valueOf(entry.to().size()));
                }
                element(xml, "Priority", String.valueOf(entry.priority()));
                if (entry.kind() == FiledDocumentKind.INCOMING) {
                    element(xml, "ToPlaces", entry.toPlaces());
                }
                element(xml, "DueDate", date(entry.dueDate()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void fileCode(XMLStreamWriter xml, RecordFileView file) throws XMLStreamException {
        xml.writeStartElement("FileCode");
        element(xml, "OrganId", file.organId());
        element(xml, "FileCatalog", String.valueOf(file.fileCatalog()));
        element(xml, "FileNotation", file.fileNotation());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : XML_DATE.format(date);
    }

    /** The index page(s), then every document's PDF in DocOrdinal order. */
    byte[] pdf(Export export) {
        try (var pdf = PdfDocumentWriter.a4Portrait(PdfDocumentWriter.Margins.of(56), 5)) {
            index(pdf, export);
            for (Entry entry : export.entries()) {
                if (entry.pdf() == null) {
                    continue;
                }
                pdf.append(entry.pdf());
                entry.annexes().forEach(pdf::append);
            }
            return pdf.toBytes();
        }
    }

    private static void index(PdfDocumentWriter pdf, Export export) {
        var font = pdf.regular();
        var file = export.file();
        pdf.line(pdf.bold(), 11, file.agencyName() == null ? "" : file.agencyName().toUpperCase(Locale.ROOT));
        pdf.gap(8);
        pdf.line(pdf.bold(), 14, "MỤC LỤC VĂN BẢN TRONG HỒ SƠ");
        pdf.paragraph(font, 11, "Mã hồ sơ: " + file.fileCode());
        pdf.paragraph(pdf.bold(), 11, "Tiêu đề: " + file.title());
        pdf.paragraph(font, 11, "Thời hạn bảo quản: " + file.maintenance()
                + (file.creatorName() == null ? "" : " · Người lập hồ sơ: " + file.creatorName()));
        pdf.paragraph(font, 11, "Thời gian: " + (file.startDate() == null ? "…" : DATE.format(file.startDate())) + " – "
                + (file.endDate() == null ? "…" : DATE.format(file.endDate())) + " · Số văn bản: "
                + export.entries().size());
        pdf.gap(8);
        for (Entry entry : export.entries()) {
            pdf.paragraph(font, SIZE, "%d. %s %s ngày %s – %s – %s".formatted(entry.docOrdinal(), entry.typeName(),
                    entry.numberAndSymbol(), entry.issuedDate() == null ? "" : DATE.format(entry.issuedDate()),
                    entry.organName(), entry.subject()));
            if (entry.pdf() != null && !entry.annexes().isEmpty()) {
                pdf.paragraph(font, SIZE, "    (kèm " + entry.annexes().size() + " phụ lục)");
            }
            if (entry.skipped() != null) {
                pdf.paragraph(font, SIZE, "    (Không đưa vào bản PDF: " + (entry.skipped().equals("RECALLED")
                        ? "văn bản đã bị thu hồi" : "tệp " + entry.fileName() + " không phải PDF") + ")");
            }
        }
        if (file.withheldDocuments() > 0) {
            pdf.paragraph(font, SIZE, "(" + file.withheldDocuments()
                    + " văn bản mật không được xuất cho người không có thẩm quyền xem.)");
        }
    }
}
