/** The rating module's implementation. */
package vn.openprovince.rating.internal;
