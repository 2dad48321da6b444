-- An outgoing document may be issued in the name of an advisory body (Hội đồng, Ban, Tổ) of its
-- agency, which has its own number series and stands in the symbol (Decree 30 Art. 15).
alter table outgoing_document add column advisory_body_name varchar(200);
alter table outgoing_document add column advisory_body_abbreviation varchar(20);
