/** Documents' REST API and pages; package-private controllers over the module's use cases. */
package vn.openprovince.document.web;
