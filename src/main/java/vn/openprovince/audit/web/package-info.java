/** Audit trail pages and API. */
package vn.openprovince.audit.web;
