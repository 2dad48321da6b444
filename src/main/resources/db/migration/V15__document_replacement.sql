-- An issued outgoing document with content errors is replaced by a new document of equivalent form
-- (DOMAIN §1.7): the draft names what it replaces; on issue the replaced one is frozen as REPLACED,
-- its metadata kept, with the link to its replacement and the time.
alter table outgoing_document add column replaces_id uuid;
alter table outgoing_document add column replaced_by_id uuid;
alter table outgoing_document add column replaced_by_number_and_symbol varchar(60);
alter table outgoing_document add column replaced_at timestamp with time zone;
create index ix_outgoing_replaces on outgoing_document (replaces_id);
