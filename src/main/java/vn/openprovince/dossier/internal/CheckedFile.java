package vn.openprovince.dossier.internal;

/** A component file that passed the checks: allowed type detected from its content, within the size limit. */
record CheckedFile(int component, String fileName, String contentType, byte[] content, String sha256) {
}
