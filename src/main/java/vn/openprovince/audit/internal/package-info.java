/** Storage and verification of the audit chain. */
package vn.openprovince.audit.internal;
