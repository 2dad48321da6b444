/**
 * Đồng bộ Cổng Dịch vụ công quốc gia (DVCQG, DOMAIN §3.7): the payloads of a dossier and of its progress, an
 * outbox written in the transaction of each state change, the worker that sends it through a
 * {@link vn.openprovince.dossier.national.NationalPortalConnector} when one is configured, and the administrator's
 * page. Internal to the dossier module.
 */
package vn.openprovince.dossier.national;
