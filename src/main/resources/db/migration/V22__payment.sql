-- Financial obligations of dossiers (nghĩa vụ tài chính), their items, gateway attempts and the agencies' bank accounts.
create table payment_obligation (
    id                  uuid          primary key,
    dossier_code        varchar(80)   not null,
    payer_account_id    uuid          not null,
    receiving_agency_id uuid          not null,
    total               bigint        not null,
    due_date            date,
    note                varchar(500),
    status              varchar(20)   not null,
    method              varchar(20),
    reference           varchar(100),
    requested_at        timestamp with time zone not null,
    requested_by        varchar(100)  not null,
    paid_at             timestamp with time zone,
    confirmed_by        varchar(100),
    receipt_number      varchar(30)   unique,
    version             bigint        not null
);
create index payment_obligation_dossier on payment_obligation (dossier_code, requested_at);
create index payment_obligation_payer on payment_obligation (payer_account_id, requested_at);
create index payment_obligation_agency_status on payment_obligation (receiving_agency_id, status, requested_at);

create table payment_item (
    obligation_id uuid         not null references payment_obligation (id),
    position      integer      not null,
    name          varchar(300) not null,
    amount        bigint       not null,
    primary key (obligation_id, position)
);

-- One row per attempt through a gateway; the transaction reference is what the gateway calls back with.
create table payment_attempt (
    id                     uuid         primary key,
    obligation_id          uuid         not null references payment_obligation (id),
    gateway                varchar(30)  not null,
    transaction_ref        varchar(40)  not null unique,
    amount                 bigint       not null,
    status                 varchar(20)  not null,
    response_code          varchar(10),
    gateway_transaction_no varchar(60),
    created_at             timestamp with time zone not null,
    completed_at           timestamp with time zone
);
create index payment_attempt_obligation on payment_attempt (obligation_id);

-- The account each receiving agency collects fees on (VietQR beneficiary).
create table payment_beneficiary (
    agency_id      uuid         primary key,
    bank_bin       varchar(6)   not null,
    bank_name      varchar(200) not null,
    account_number varchar(19)  not null,
    account_name   varchar(200) not null,
    sample         boolean      not null
);

create sequence payment_receipt_number start with 1;
