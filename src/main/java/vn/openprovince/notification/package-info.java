/**
 * Notifications (thông báo): e-mail, SMS and in-app messages to citizens and officials, through
 * pluggable providers. Every message is kept in the outbox, which is also the in-app inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {})
package vn.openprovince.notification;
