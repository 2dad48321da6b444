package vn.openprovince.document.internal;

/** A stored file as it is downloaded. */
public record FileDownload(String fileName, String mediaType, byte[] content) {
}
