-- Identity: accounts, role assignments scoped to agencies, API clients.

create table account (
    id                  uuid         primary key,
    username            varchar(60)  not null unique,
    password_hash       varchar(200) not null,
    display_name        varchar(100) not null,
    search_text         varchar(200) not null,
    official_id         uuid         references official (id),
    enabled             boolean      not null,
    failed_attempts     integer      not null,
    locked_until        timestamp with time zone,
    password_changed_at timestamp with time zone not null,
    last_login_at       timestamp with time zone,
    created_at          timestamp with time zone not null,
    version             bigint       not null
);
create index account_search on account (search_text);
create index account_official on account (official_id);

create table role_assignment (
    id         uuid        primary key,
    account_id uuid        not null references account (id),
    role       varchar(30) not null,
    agency_id  uuid        references agency (id),
    scope      varchar(30) not null
);
create index role_assignment_account on role_assignment (account_id);
create index role_assignment_agency on role_assignment (agency_id);

create table api_client (
    id           uuid         primary key,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(16)  not null,
    role         varchar(30)  not null,
    agency_id    uuid         not null references agency (id),
    scope        varchar(30)  not null,
    enabled      boolean      not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    version      bigint       not null
);
