/** The payment module's implementation: obligations, VietQR payloads, the sandbox gateway, receipts. */
package vn.openprovince.payment.internal;
