package vn.openprovince.document;

/** Độ mật. */
public enum Secrecy {
    /** Thường (not classified). */
    NORMAL,
    /** Mật. */
    CONFIDENTIAL,
    /** Tối mật. */
    SECRET,
    /** Tuyệt mật. */
    TOP_SECRET;

    public boolean isClassified() {
        return this != NORMAL;
    }
}
