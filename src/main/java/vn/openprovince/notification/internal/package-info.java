/** The outbox, the providers (log-only by default, e-mail through Spring Mail) and their selection. */
package vn.openprovince.notification.internal;
