/** Catalogue pages for administrators, the public procedures API and the administrators' API. */
package vn.openprovince.catalog.web;
