/** Catalogue model, storage, use cases, Excel import/export and the sample catalogue. */
package vn.openprovince.catalog.internal;
