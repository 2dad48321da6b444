/** The exchange's internals: directory, outbox and workers, receipt, statuses. */
package vn.openprovince.exchange.internal;
