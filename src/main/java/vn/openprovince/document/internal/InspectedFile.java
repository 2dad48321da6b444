package vn.openprovince.document.internal;

/** An upload that passed the checks: its bytes, type, digest and the text found in it. */
record InspectedFile(String fileName, String mediaType, byte[] content, String sha256, Integer pages, String text) {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean isPdf() {
        return PDF.equals(mediaType);
    }
}
