/** Organisation model, storage and use cases. */
package vn.openprovince.organization.internal;
