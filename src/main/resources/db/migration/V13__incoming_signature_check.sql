-- The digital signatures of an incoming PDF, checked when it is registered (Decree 30 Art. 22).
-- Documents registered before this check existed say NOT_CHECKED.
alter table incoming_document add column signature_status varchar(20) default 'NOT_CHECKED' not null;
alter table incoming_document add column signature_count integer default 0 not null;
alter table incoming_document add column signature_signers varchar(1000);
alter table incoming_document add column signature_checked_at timestamp with time zone;
