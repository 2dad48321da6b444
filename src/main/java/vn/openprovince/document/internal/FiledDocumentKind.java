package vn.openprovince.document.internal;

/** Which register a document in a file comes from. */
public enum FiledDocumentKind {
    INCOMING,
    OUTGOING
}
