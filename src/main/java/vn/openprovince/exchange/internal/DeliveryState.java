package vn.openprovince.exchange.internal;

/** Trạng thái gửi of an outbox row. */
public enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** The peer acknowledged it (01 for a package). */
    DELIVERED,
    /** The peer refused it (02 for a package): sending it again would not help. */
    REJECTED,
    /** Gave up after the last attempt; an administrator may retry or cancel it. */
    DEAD,
    /** An administrator cancelled it. */
    CANCELLED
}
