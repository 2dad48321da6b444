/** Accounts, credentials, grants and the security configuration. */
package vn.openprovince.identity.internal;
