/**
 * Printing (bản in): the PDF pages and Excel sheets the other modules hand out — registers, reports, forms,
 * slips and receipts — with Liberation Serif embedded so Vietnamese prints everywhere, and the Decree 30 header.
 * A library without beans or state; any module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing", allowedDependencies = {})
package vn.openprovince.printing;
