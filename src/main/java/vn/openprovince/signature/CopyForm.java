package vn.openprovince.signature;

/** Hình thức bản sao: the forms of an electronic copy made by an agency (Decree 30, Art. 25). */
public enum CopyForm {
    /** Sao y: a full copy of the original. */
    SAO_Y("SAO Y"),
    /** Sao lục: a copy of a copy. */
    SAO_LUC("SAO LỤC"),
    /** Trích sao: a copy of part of the content. */
    TRICH_SAO("TRÍCH SAO");

    private final String label;

    CopyForm(String label) {
        this.label = label;
    }

    /** The words printed on the copy, upper case as the Decree writes them. */
    public String label() {
        return label;
    }
}
