-- Audit trail: append-only, hash-chained. The head row serialises appends and anchors the chain,
-- so removing the newest entries is detected too.

create table audit_entry (
    seq            bigint        primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(100)  not null,
    action         varchar(80)   not null,
    object_type    varchar(60)   not null,
    object_id      varchar(100),
    agency_id      uuid,
    client_address varchar(64),
    details        varchar(2000),
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null
);
create index audit_entry_agency on audit_entry (agency_id, occurred_at);
create index audit_entry_object on audit_entry (object_type, object_id);
create index audit_entry_time on audit_entry (occurred_at);

create table audit_chain_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
