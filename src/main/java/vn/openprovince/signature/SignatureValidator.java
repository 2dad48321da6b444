package vn.openprovince.signature;

/** Kiểm tra chữ ký số: validates the signatures of a PDF against the platform's trust store. */
public interface SignatureValidator {

    /** The simple report of every signature in the PDF; nothing is stored. */
    ValidationReport validate(byte[] pdf);

    /** DSS's detailed report (XML) of the same validation, for experts and auditors. */
    String detailedReport(byte[] pdf);

    /** The ETSI TS 119 102-2 validation report (XML). */
    String etsiReport(byte[] pdf);
}
