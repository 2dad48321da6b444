package vn.openprovince.dossier;

/** Hình thức nộp: online on the portal, or at a one-stop-shop counter. */
public enum SubmissionChannel {
    ONLINE,
    COUNTER
}
