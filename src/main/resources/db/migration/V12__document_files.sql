-- Hồ sơ (Decree 30 Art. 28–31, Appendix VI): the agency's yearly file plan (danh mục hồ sơ),
-- each entry opened as a file by the official who handles the matter, the documents linked into
-- it in chronological order, closing and the archive-transfer due date.

-- One row per planned file: FileCode = OrganId + FileCatalog (year) + FileNotation, unique per
-- agency and year. status PLANNED (in the plan), OPEN (opened, documents attach), CLOSED (work ended:
-- end_date set and transfer_due = end_date + 1 year, Art. 30).
create table record_file (
    id                         uuid                     primary key,
    agency_id                  uuid                     not null,
    organ_id                   varchar(13)              not null,
    file_catalog               integer                  not null,
    file_notation              varchar(20)              not null,
    title                      varchar(500)             not null,
    maintenance                varchar(30)              not null,
    rights                     varchar(30),
    language                   varchar(50)              not null,
    description                varchar(500),
    responsible_department_id  uuid,
    responsible_department_name varchar(200),
    responsible_official_id    uuid,
    responsible_official_name  varchar(200),
    planned_by_name            varchar(200),
    status                     varchar(20)              not null,
    creator_official_id        uuid,
    creator_name               varchar(200),
    start_date                 date,
    end_date                   date,
    transfer_due               date,
    created_at                 timestamp with time zone not null,
    version                    bigint                   not null,
    constraint uq_record_file_code unique (agency_id, file_catalog, file_notation)
);
create index ix_record_file_transfer on record_file (status, transfer_due);

-- A document in a file: a link, never a copy, so one document sits in several files once.
-- doc_ordinal (DocOrdinal) follows the documents' dates; document_date and document_at are kept
-- on the link so the order is computed without loading the documents.
create table record_file_document (
    id             uuid                     primary key,
    file_id        uuid                     not null references record_file (id),
    document_kind  varchar(10)              not null,
    document_id    uuid                     not null,
    document_date  date                     not null,
    document_at    timestamp with time zone not null,
    doc_ordinal    integer                  not null,
    linked_by_name varchar(200),
    linked_at      timestamp with time zone not null,
    constraint uq_record_file_document unique (file_id, document_kind, document_id)
);
create index ix_record_file_document_doc on record_file_document (document_kind, document_id);

-- Saved searches: private to the official who saved them.
create table saved_search (
    id          uuid                     primary key,
    official_id uuid                     not null,
    name        varchar(100)             not null,
    q           varchar(500)             not null,
    created_at  timestamp with time zone not null
);
create index ix_saved_search_official on saved_search (official_id, created_at);

-- Phụ lục: further files of an incoming document beyond the main PDF, content in document_file.
create table incoming_attachment (
    id               uuid                     primary key,
    document_id      uuid                     not null references incoming_document (id),
    ordinal          integer                  not null,
    file_id          uuid                     not null references document_file (id),
    file_name        varchar(255)             not null,
    media_type       varchar(100)             not null,
    pages            integer,
    uploaded_by_name varchar(200),
    uploaded_at      timestamp with time zone not null,
    constraint uq_incoming_attachment unique (document_id, ordinal)
);
