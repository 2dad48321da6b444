-- Document exchange: update and replacement requests on what arrived (BussinessDocType 2 and 3), and
-- the moments the indicators need (arrival, registration, completion of an exchanged document).

-- A change the sender asked for: UPDATE (cập nhật: change_xml is the updated package) or REPLACE
-- (thay thế: this arrival is the new document and replaces_document_id the one it replaces);
-- change_state REQUESTED, then ACCEPTED or REFUSED by the recipient's clerk.
alter table exchange_arrival add column change_kind varchar(10);
alter table exchange_arrival add column change_state varchar(12);
alter table exchange_arrival add column change_reason varchar(500);
alter table exchange_arrival add column change_xml bytea;
alter table exchange_arrival add column replaces_document_id varchar(300);
-- When the recipient's lead unit completed it (the 06 sent back), for the indicators.
alter table exchange_arrival add column completed_at timestamp with time zone;
-- Whether the sender said a paper copy also goes out.
alter table exchange_arrival add column paper boolean;

create index ix_exchange_arrival_received on exchange_arrival (agency_id, received_at);
create index ix_exchange_delivery_created on exchange_delivery (agency_id, kind, created_at);
-- The indicators read an agency's issued documents and what it received on this platform by period.
create index ix_outgoing_agency_issued on outgoing_document (agency_id, issued_at);

-- The check of the attached PDF's signatures (PAdES), made once before the clerk registers it:
-- VALID, INVALID, INDETERMINATE, UNSIGNED or NOT_CHECKED, the number of signatures and the signers.
alter table exchange_arrival add column pdf_signature_status varchar(20);
alter table exchange_arrival add column pdf_signatures integer;
alter table exchange_arrival add column pdf_signers varchar(1000);
alter table exchange_arrival add column pdf_checked_at timestamp with time zone;
