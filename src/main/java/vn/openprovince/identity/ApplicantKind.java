package vn.openprovince.identity;

/** Loại đối tượng: a citizen (công dân, 1 on the national portal) or a business or organisation (2). */
public enum ApplicantKind {
    CITIZEN,
    BUSINESS;

    /** The national portal's LoaiDoiTuong (DOMAIN §3.7). */
    public int nationalCode() {
        return this == CITIZEN ? 1 : 2;
    }
}
