-- Citizen and business accounts (profiles, registrations verified by a one-time code), notifications
-- (outbox and in-app messages), e-form field definitions of procedures, and one-stop-shop dossiers.

create table citizen_profile (
    account_id        uuid         primary key references account (id),
    kind              varchar(20)  not null,
    full_name         varchar(100) not null,
    citizen_id        varchar(12),
    date_of_birth     date,
    phone             varchar(15),
    email             varchar(120),
    province_code     varchar(10),
    district_code     varchar(10),
    commune_code      varchar(10),
    street            varchar(200),
    tax_code          varchar(14),
    organisation_name varchar(200),
    updated_at        timestamp with time zone not null,
    version           bigint       not null
);
create unique index citizen_profile_email on citizen_profile (email);
create unique index citizen_profile_phone on citizen_profile (phone);

create table citizen_registration (
    id                uuid         primary key,
    kind              varchar(20)  not null,
    contact           varchar(120) not null,
    channel           varchar(10)  not null,
    full_name         varchar(100) not null,
    password_hash     varchar(200) not null,
    tax_code          varchar(14),
    organisation_name varchar(200),
    code_hash         varchar(64)  not null,
    expires_at        timestamp with time zone not null,
    attempts          integer      not null,
    verified_at       timestamp with time zone,
    created_at        timestamp with time zone not null,
    version           bigint       not null
);
create index citizen_registration_contact on citizen_registration (contact);

create table notification_message (
    id          uuid          primary key,
    account_id  uuid,
    channel     varchar(10)   not null,
    address     varchar(120),
    subject     varchar(200)  not null,
    body        varchar(4000) not null,
    provider    varchar(40)   not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notification_message_account on notification_message (account_id, created_at);
create index notification_message_address on notification_message (address, created_at);

-- E-form (biểu mẫu điện tử) fields of a procedure, by procedure code.
create table eform_field (
    id             uuid         primary key,
    procedure_code varchar(60)  not null,
    seq            integer      not null,
    name           varchar(60)  not null,
    label          varchar(200) not null,
    field_type     varchar(20)  not null,
    required       boolean      not null,
    choices        varchar(1000),
    unique (procedure_code, name)
);

-- One row per receiving unit and day, locked while the next number is taken (no duplicate codes).
create table dossier_sequence (
    agency_code varchar(60) not null,
    reception_day date      not null,
    last_number integer     not null,
    primary key (agency_code, reception_day)
);

create table dossier (
    id                   uuid          primary key,
    code                 varchar(80)   not null unique,
    code_generator       varchar(20)   not null,
    procedure_version_id uuid          not null,
    procedure_code       varchar(60)   not null,
    procedure_name       varchar(400)  not null,
    applicant_account_id uuid          not null,
    applicant_kind       varchar(20)   not null,
    applicant_name       varchar(200)  not null,
    applicant_data       varchar(4000) not null,
    receiving_agency_id  uuid          not null,
    competent_agency_id  uuid          not null,
    channel              varchar(10)   not null,
    state                varchar(30)   not null,
    form_data            varchar(20000) not null,
    submitted_at         timestamp with time zone not null,
    received_at          timestamp with time zone not null,
    appointment_date     date,
    idempotency_key      varchar(100),
    version              bigint        not null,
    unique (applicant_account_id, idempotency_key)
);
create index dossier_applicant on dossier (applicant_account_id, submitted_at);

create table dossier_file (
    id           uuid         primary key,
    dossier_id   uuid         not null references dossier (id),
    component    integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null
);
create index dossier_file_dossier on dossier_file (dossier_id);

create table dossier_history (
    id         uuid         primary key,
    dossier_id uuid         not null references dossier (id),
    seq        integer      not null,
    state      varchar(30)  not null,
    occurred_at timestamp with time zone not null,
    actor      varchar(100) not null,
    note       varchar(500)
);
create index dossier_history_dossier on dossier_history (dossier_id);

-- Internal states mapped to the national portal's states 1–10 (DOMAIN §3.6); configurable.
create table dossier_state_mapping (
    state          varchar(30) primary key,
    national_state integer     not null
);
insert into dossier_state_mapping (state, national_state) values
    ('SUBMITTED', 1), ('ACCEPTED', 2), ('REFUSED', 3), ('PROCESSING', 4), ('SUPPLEMENT_REQUESTED', 5),
    ('PAYMENT_REQUESTED', 6), ('WITHDRAWAL_REQUESTED', 7), ('STOPPED', 8), ('RESULT_READY', 9), ('RESULT_RETURNED', 10);

-- Saved drafts of an online submission, resumable on another device.
create table dossier_draft (
    id                   uuid           primary key,
    applicant_account_id uuid           not null,
    procedure_code       varchar(60)    not null,
    form_data            varchar(20000) not null,
    updated_at           timestamp with time zone not null,
    version              bigint         not null,
    unique (applicant_account_id, procedure_code)
);
