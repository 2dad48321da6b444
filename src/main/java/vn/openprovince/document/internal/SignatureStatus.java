package vn.openprovince.document.internal;

/**
 * Tình trạng chữ ký số of an incoming PDF, checked when it is registered: the weakest indication
 * of its signatures decides, so one broken signature makes the whole document {@link #INVALID}.
 */
public enum SignatureStatus {
    /** No digital signature: a scan of a paper original, or an unsigned file. */
    UNSIGNED,
    /** Every signature TOTAL_PASSED against the platform's trust store. */
    VALID,
    /** At least one INDETERMINATE signature (e.g. not chained to a trusted root), none failed. */
    INDETERMINATE,
    /** At least one TOTAL_FAILED signature: changed after signing, or otherwise broken. */
    INVALID,
    /** The validator could not read the signatures; the document is registered all the same. */
    NOT_CHECKED
}
