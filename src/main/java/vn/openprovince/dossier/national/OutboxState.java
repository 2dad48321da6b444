package vn.openprovince.dossier.national;

/** Trạng thái đồng bộ: waiting to be sent (or for a connector), sent, or given up after the last attempt. */
public enum OutboxState {
    PENDING,
    SENT,
    FAILED
}
