package vn.openprovince.document.internal;

/** A reviewer's decision: a comment (the draft stays), a return for revision (with a reason), or approval. */
public record ReviewInput(Decision decision, String comment) {

    public enum Decision { COMMENT, RETURN, APPROVE }
}
