package vn.openprovince.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Số, ký hiệu of an issued document (Decree 30, Appendix I §II.3): the number within the year,
 * two digits at least ("01"), a slash, and the symbol, e.g. {@code 15/QĐ-UBND} or {@code 05/UBND-VP}.
 */
public record NumberAndSymbol(int number, String symbol) {

    private static final DateTimeFormatter EDXML_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    public NumberAndSymbol {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
        if (symbol == null || symbol.isBlank() || symbol.contains(" ") || symbol.contains("/")) {
            throw new IllegalArgumentException("a symbol has no spaces nor slashes: " + symbol);
        }
    }

    /**
     * The symbol of a typed document, {@code <type abbreviation>-<agency abbreviation>}, or of a công
     * văn (a type without abbreviation), {@code <agency abbreviation>-<drafting unit abbreviation>}.
     */
    public static String symbolFor(DocumentType type, String agencyAbbreviation, String unitAbbreviation) {
        if (type.abbreviation() != null) {
            return type.abbreviation() + "-" + agencyAbbreviation;
        }
        return agencyAbbreviation + "-" + unitAbbreviation;
    }

    /** The number as written on the document: at least two digits. */
    public String formattedNumber() {
        return "%02d".formatted(number);
    }

    @Override
    public String toString() {
        return formattedNumber() + "/" + symbol;
    }

    /** The edXML DocumentId (QCVN 102:2016): {@code <sender OrganId>,<yyyy/MM/dd>,<number>/<symbol>}. */
    public String edxmlDocumentId(String senderOrganId, LocalDate issueDate) {
        return senderOrganId + "," + EDXML_DATE.format(issueDate) + "," + this;
    }
}
