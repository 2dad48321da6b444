-- One-stop-shop reception and the legal clock (issue 7): the officer's outcome (accept, request a
-- supplement, refuse), the appointment, the append-only clock ledger, the forms issued (01-05) and
-- the kept versions of files and values replaced by a supplement.

alter table dossier add column due_at timestamp with time zone;
-- null until accepted, then RUNNING, PAUSED or STOPPED (the ledger says why).
alter table dossier add column clock_status varchar(10);
-- the state a supplement or a financial obligation interrupted, to go back to when it is met.
alter table dossier add column state_before_pause varchar(30);
alter table dossier add column accepted_at timestamp with time zone;
alter table dossier add column accepted_by varchar(100);
create index dossier_reception_queue on dossier (receiving_agency_id, state, received_at);
create index dossier_clock_due on dossier (clock_status, due_at);
create index dossier_competent on dossier (competent_agency_id, state);

-- Sổ theo dõi thời hạn: one row per clock event, never updated; corrections are new rows.
create table dossier_clock_entry (
    id             uuid          primary key,
    dossier_id     uuid          not null references dossier (id),
    seq            integer       not null,
    kind           varchar(10)   not null,
    pause_kind     varchar(30),
    occurred_at    timestamp with time zone not null,
    counts_from    timestamp with time zone not null,
    actor          varchar(100)  not null,
    reason         varchar(2000),
    due_at         timestamp with time zone,
    appointment_date date,
    remaining      integer,
    remaining_unit varchar(20),
    unique (dossier_id, seq)
);

-- The forms issued to the applicant (Form 01 receipt, 02 supplement request, 03 refusal, 04 apology and
-- new appointment, 05 stop notice): what each said, so a download always prints the same text.
create table dossier_notice (
    id          uuid           primary key,
    dossier_id  uuid           not null references dossier (id),
    form        varchar(2)     not null,
    issued_at   timestamp with time zone not null,
    issued_by   varchar(100)   not null,
    issuer_name varchar(200),
    content     varchar(20000) not null
);
create index dossier_notice_dossier on dossier_notice (dossier_id, form);

-- A supplement never overwrites: the replaced file is kept with the moment it was superseded.
alter table dossier_file add column superseded_at timestamp with time zone;

create table dossier_value_version (
    id          uuid           primary key,
    dossier_id  uuid           not null references dossier (id),
    field_name  varchar(60)    not null,
    old_value   varchar(4000),
    replaced_at timestamp with time zone not null,
    replaced_by varchar(100)   not null
);
create index dossier_value_version_dossier on dossier_value_version (dossier_id);
