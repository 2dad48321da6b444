-- E-office (văn bản đến/đi): stored files, number series, incoming documents and their
-- processing tree, outgoing documents with versions, review steps and recipients.

-- Stored content, addressed by its SHA-256: the same bytes uploaded twice are kept once.
-- text_content holds the text PDFBox found (none for a scanned PDF without a text layer).
create table document_file (
    id           uuid                     primary key,
    sha256       varchar(64)              not null,
    media_type   varchar(100)             not null,
    size_bytes   bigint                   not null,
    pages        integer,
    has_text     boolean                  not null,
    text_content varchar(1000000),
    content      bytea                    not null,
    created_at   timestamp with time zone not null,
    constraint uq_document_file_sha256 unique (sha256)
);

-- One row per agency, series and year; locked (SELECT ... FOR UPDATE) while a number is taken,
-- so numbers are never skipped nor given twice. A new year starts a new row at 0.
create table number_sequence (
    agency_id   uuid        not null,
    series      varchar(40) not null,
    sequence_year integer   not null,
    last_number integer     not null,
    primary key (agency_id, series, sequence_year)
);

create table incoming_document (
    id                    uuid                     primary key,
    agency_id             uuid                     not null,
    arrival_year          integer                  not null,
    arrival_number        integer                  not null,
    arrived_at            timestamp with time zone not null,
    received_at           timestamp with time zone not null,
    registration_deadline timestamp with time zone not null,
    registered_by         uuid,
    registered_by_name    varchar(200),
    issuer_name           varchar(200)             not null,
    issuer_code           varchar(13),
    number_and_symbol     varchar(50)              not null,
    document_date         date                     not null,
    document_type         varchar(40)              not null,
    summary               varchar(500)             not null,
    signer_name           varchar(50),
    signer_position       varchar(100),
    urgency               varchar(20)              not null,
    secrecy               varchar(20)              not null,
    pages                 integer,
    reply_deadline        date,
    file_id               uuid                     not null references document_file (id),
    file_name             varchar(255)             not null,
    scanned               boolean                  not null,
    duplicate_key         varchar(400)             not null,
    duplicate_reason      varchar(500),
    status                varchar(20)              not null,
    leader_official_id    uuid,
    completed_at          timestamp with time zone,
    -- a copy registered from a document issued on this platform and later recalled: content withdrawn
    recalled_at           timestamp with time zone,
    recall_reason         varchar(500),
    search_text           varchar(1000000)         not null,
    version               bigint                   not null,
    constraint uq_incoming_arrival_number unique (agency_id, arrival_year, arrival_number)
);
create index ix_incoming_agency_arrived on incoming_document (agency_id, arrived_at);
create index ix_incoming_duplicate on incoming_document (agency_id, duplicate_key);
create index ix_incoming_status on incoming_document (status, agency_id);

-- The processing tree: a leader's direction gives department steps (LEAD, SUPPORT, INFO) or a
-- FORWARD to another leader; a department head's ASSIGNMENT hangs under a department step.
create table processing_step (
    id                      uuid                     primary key,
    document_id             uuid                     not null references incoming_document (id),
    parent_id               uuid                     references processing_step (id),
    kind                    varchar(20)              not null,
    department_id           uuid,
    department_name         varchar(200),
    assignee_official_id    uuid,
    assignee_name           varchar(200),
    assigned_by_official_id uuid,
    assigned_by_name        varchar(200),
    instruction             varchar(2000),
    deadline                date,
    status                  varchar(20)              not null,
    created_at              timestamp with time zone not null,
    completed_at            timestamp with time zone,
    result                  varchar(2000),
    reply_document_id       uuid,
    version                 bigint                   not null
);
create index ix_processing_step_document on processing_step (document_id, created_at);
create index ix_processing_step_department on processing_step (department_id, status);
create index ix_processing_step_assignee on processing_step (assignee_official_id, status);

create table progress_note (
    id                 uuid                     primary key,
    step_id            uuid                     not null references processing_step (id),
    author_official_id uuid,
    author_name        varchar(200),
    note               varchar(2000)            not null,
    written_at         timestamp with time zone not null
);
create index ix_progress_note_step on progress_note (step_id, written_at);

create table outgoing_document (
    id                     uuid                     primary key,
    agency_id              uuid                     not null,
    drafting_department_id uuid,
    drafter_official_id    uuid                     not null,
    drafter_name           varchar(200),
    document_type          varchar(40)              not null,
    summary                varchar(500)             not null,
    urgency                varchar(20)              not null,
    secrecy                varchar(20)              not null,
    signer_name            varchar(50),
    signer_position        varchar(100),
    pages                  integer,
    reply_deadline         date,
    in_reply_to            uuid,
    status                 varchar(20)              not null,
    review_round           integer                  not null,
    series                 varchar(40),
    issue_year             integer,
    issue_number           integer,
    symbol                 varchar(30),
    issued_at              timestamp with time zone,
    issue_date             date,
    issued_by_name         varchar(200),
    paper_copy             boolean                  not null,
    edxml_document_id      varchar(120),
    search_text            varchar(1000000)         not null,
    created_at             timestamp with time zone not null,
    version                bigint                   not null,
    constraint uq_outgoing_number unique (agency_id, series, issue_year, issue_number)
);
create index ix_outgoing_agency_created on outgoing_document (agency_id, created_at);
create index ix_outgoing_drafter on outgoing_document (drafter_official_id);
create index ix_outgoing_status on outgoing_document (status, agency_id);

-- Every file a draft had; the newest is the current one (signed and issued files are versions too).
create table outgoing_version (
    id               uuid                     primary key,
    document_id      uuid                     not null references outgoing_document (id),
    ordinal          integer                  not null,
    kind             varchar(20)              not null,
    file_id          uuid                     not null references document_file (id),
    file_name        varchar(255)             not null,
    media_type       varchar(100)             not null,
    uploaded_by_name varchar(200),
    uploaded_at      timestamp with time zone not null,
    constraint uq_outgoing_version unique (document_id, ordinal)
);

-- The review chain of one submission round, in order (department head, then leader, ...).
create table review_step (
    id                   uuid                     primary key,
    document_id          uuid                     not null references outgoing_document (id),
    review_round         integer                  not null,
    ordinal              integer                  not null,
    reviewer_official_id uuid                     not null,
    reviewer_name        varchar(200),
    status               varchar(20)              not null,
    review_comment       varchar(2000),
    decided_at           timestamp with time zone,
    version              bigint                   not null,
    constraint uq_review_step unique (document_id, review_round, ordinal)
);
create index ix_review_step_reviewer on review_step (reviewer_official_id, status);

create table outgoing_recipient (
    id              uuid         primary key,
    document_id     uuid         not null references outgoing_document (id),
    agency_id       uuid,
    name            varchar(200) not null,
    identifier_code varchar(13),
    -- for a recipient on this platform: the incoming document its clerk registered from it
    incoming_id     uuid
);
create index ix_outgoing_recipient_document on outgoing_recipient (document_id);
create index ix_outgoing_recipient_agency on outgoing_recipient (agency_id);
