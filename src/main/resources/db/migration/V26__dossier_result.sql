-- Kết quả giải quyết TTHC: the signed electronic result of an approved dossier and its release (issue 7, item 5).
alter table dossier add column processing_approved boolean;

create table dossier_result (
    id                  uuid          primary key,
    dossier_id          uuid          not null unique references dossier (id),
    verification_code   varchar(20)   not null unique,
    source              varchar(20)   not null,
    decision_text       varchar(4000),
    file_name           varchar(200)  not null,
    size_bytes          bigint        not null,
    sha256              varchar(64)   not null,
    content             bytea         not null,
    signed_at           timestamp with time zone not null,
    signed_by           varchar(100)  not null,
    released_at         timestamp with time zone,
    released_by         varchar(100),
    release_channel     varchar(20),
    collector_name      varchar(100),
    collector_id_number varchar(20),
    version             bigint        not null
);
