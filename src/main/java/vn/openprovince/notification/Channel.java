package vn.openprovince.notification;

/** Kênh gửi: how a message reaches its recipient. Every message is also shown in the app. */
public enum Channel {
    EMAIL,
    SMS,
    /** Only in the recipient's in-app inbox. */
    IN_APP
}
