package vn.openprovince.document.internal;

/** Sổ đăng ký (Decree 30, Appendix IV), with the number of its columns. */
public enum RegisterKind {
    /** Sổ đăng ký văn bản đến. */
    INCOMING(10),
    /** Sổ đăng ký văn bản đi. */
    OUTGOING(10),
    /** Sổ theo dõi giải quyết văn bản đến. */
    TRACKING(7);

    private final int columns;

    RegisterKind(int columns) {
        this.columns = columns;
    }

    public int columns() {
        return columns;
    }
}
