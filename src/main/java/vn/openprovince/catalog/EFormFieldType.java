package vn.openprovince.catalog;

/** Kiểu trường của biểu mẫu điện tử: what an e-form field holds and how the server checks it. */
public enum EFormFieldType {
    TEXT,
    NUMBER,
    /** An ISO date, yyyy-MM-dd. */
    DATE,
    /** One of the field's choices. */
    CHOICE,
    /** A 12-digit citizen ID number (CCCD). */
    CITIZEN_ID,
    /** A commune code (GSO, 5 digits) with a street line: {@code {"communeCode": "04789", "street": "…"}}. */
    ADDRESS
}
