-- Document exchange (liên thông văn bản): the directory of other platforms' agencies, the peers'
-- credentials, the outbox of packages and status messages, what arrived here, and per recipient
-- the statuses of what this platform sent.

-- Agencies reached elsewhere (PEER: another OpenProvince platform at endpoint; NATIONAL: the axis).
-- Agencies of this platform are not stored here: they come from the organisation module.
create table exchange_directory_entry (
    organ_id    varchar(13)              primary key,
    name        varchar(300)             not null,
    route       varchar(12)              not null,
    endpoint    varchar(500),
    updated_at  timestamp with time zone not null
);

-- A peer platform: its base URL and the bearer token of the API client it registered for us.
create table exchange_peer (
    endpoint    varchar(500)             primary key,
    token       varchar(200)             not null,
    updated_at  timestamp with time zone not null
);

-- Transactional outbox: one row per package or status message to deliver to one platform.
-- dedupe_key makes writing a row idempotent (a listener run twice writes it once).
create table exchange_delivery (
    id                uuid                     primary key,
    dedupe_key        varchar(400)             not null,
    kind              varchar(10)              not null,
    outgoing_id       uuid,
    agency_id         uuid                     not null,
    edxml_document_id varchar(300)             not null,
    status_code       varchar(2),
    endpoint          varchar(500)             not null,
    recipients        varchar(2000)            not null,
    payload           bytea                    not null,
    state             varchar(12)              not null,
    attempts          integer                  not null,
    next_attempt_at   timestamp with time zone not null,
    claimed_until     timestamp with time zone,
    last_error        varchar(2000),
    created_at        timestamp with time zone not null,
    delivered_at      timestamp with time zone,
    constraint uq_exchange_delivery_dedupe unique (dedupe_key)
);
create index ix_exchange_delivery_due on exchange_delivery (state, next_attempt_at);
create index ix_exchange_delivery_outgoing on exchange_delivery (outgoing_id);

-- Sender side: per document and external recipient, the latest status (its rank keeps a late 03
-- from overwriting a 06) and the history.
create table exchange_recipient (
    id                uuid                     primary key,
    outgoing_id       uuid                     not null,
    agency_id         uuid                     not null,
    edxml_document_id varchar(300)             not null,
    organ_id          varchar(13)              not null,
    organ_name        varchar(300)             not null,
    status_code       varchar(2),
    status_rank       integer                  not null,
    updated_at        timestamp with time zone not null,
    constraint uq_exchange_recipient unique (edxml_document_id, organ_id)
);
create index ix_exchange_recipient_outgoing on exchange_recipient (outgoing_id);

create table exchange_status_event (
    id            uuid                     primary key,
    recipient_id  uuid                     not null references exchange_recipient (id),
    status_code   varchar(2)               not null,
    description   varchar(1000),
    occurred_at   timestamp with time zone not null,
    received_at   timestamp with time zone not null,
    constraint uq_exchange_status_event unique (recipient_id, status_code)
);

-- Receiver side: a document that arrived for one of our agencies, waiting for its clerk to
-- register it. Unique per DocumentId, sender and recipient: a resent package is stored once.
create table exchange_arrival (
    id                   uuid                     primary key,
    edxml_document_id    varchar(300)             not null,
    sender_organ_id      varchar(13)              not null,
    sender_name          varchar(300)             not null,
    recipient_organ_id   varchar(13)              not null,
    agency_id            uuid                     not null,
    number_and_symbol    varchar(100)             not null,
    promulgation_date    date                     not null,
    subject              varchar(2000)            not null,
    priority             integer                  not null,
    signer_name          varchar(200),
    signer_position      varchar(200),
    due_date             date,
    signed_by            varchar(500),
    package_xml          bytea                    not null,
    state                varchar(12)              not null,
    incoming_document_id uuid,
    status_rank          integer                  not null,
    received_at          timestamp with time zone not null,
    registered_at        timestamp with time zone,
    -- A recall (thu hồi, BussinessDocType 1) the sender asked for: REQUESTED, then ACCEPTED or REFUSED.
    recall_state         varchar(12),
    recall_reason        varchar(500),
    constraint uq_exchange_arrival unique (edxml_document_id, sender_organ_id, recipient_organ_id)
);
create index ix_exchange_arrival_agency on exchange_arrival (agency_id, state);
create index ix_exchange_arrival_incoming on exchange_arrival (incoming_document_id);
