/**
 * Sổ theo dõi hồ sơ và thống kê: the dossier register (Form 07) of a receiving centre as PDF and Excel, and the
 * statistics per agency, procedure and period (received, resolved early/on time/late, in progress, supplements,
 * refusals, average processing time) as an API and a page. Read-only SQL on the dossier tables; internal to the
 * dossier module.
 */
package vn.openprovince.dossier.report;
