-- Organisation: administrative units, agencies, departments, officials and their memberships.
-- Validity dates keep history through reorganisations (DOMAIN §7).

create table unit_level (
    code         varchar(20)  primary key,
    name         varchar(100) not null,
    name_en      varchar(100) not null,
    rank         integer      not null,
    abolished_on date
);

insert into unit_level (code, name, name_en, rank, abolished_on) values
    ('PROVINCE', 'Cấp tỉnh', 'Province level', 1, null),
    ('DISTRICT', 'Cấp huyện', 'District level', 2, date '2025-07-01'),
    ('COMMUNE',  'Cấp xã', 'Commune level', 3, null);

create table administrative_unit (
    id           uuid         primary key,
    code         varchar(10)  not null unique,
    name         varchar(200) not null,
    search_text  varchar(200) not null,
    type_name    varchar(50)  not null,
    level_code   varchar(20)  not null references unit_level (code),
    parent_id    uuid         references administrative_unit (id),
    successor_id uuid         references administrative_unit (id),
    valid_from   date         not null,
    valid_to     date,
    version      bigint       not null
);
create index administrative_unit_parent on administrative_unit (parent_id);

create table agency (
    id                      uuid         primary key,
    name                    varchar(300) not null,
    search_text             varchar(300) not null,
    abbreviation            varchar(30)  not null,
    kind                    varchar(40)  not null,
    unit_id                 uuid         not null references administrative_unit (id),
    parent_id               uuid         references agency (id),
    identifier_code         varchar(13)  not null unique,
    identifier_provisional  boolean      not null,
    sharing_code            varchar(35),
    valid_from              date         not null,
    valid_to                date,
    version                 bigint       not null
);
create index agency_parent on agency (parent_id);
create index agency_unit on agency (unit_id);
create index agency_search on agency (search_text);

create table department (
    id           uuid         primary key,
    agency_id    uuid         not null references agency (id),
    name         varchar(300) not null,
    abbreviation varchar(30)  not null,
    valid_from   date         not null,
    valid_to     date,
    version      bigint       not null
);
create index department_agency on department (agency_id);

create table official (
    id          uuid         primary key,
    full_name   varchar(100) not null,
    search_text varchar(200) not null,
    email       varchar(200),
    phone       varchar(20),
    created_at  timestamp with time zone not null,
    version     bigint       not null
);
create index official_search on official (search_text);

-- Công tác: an official's position in an agency (and optionally a department) for a period.
create table membership (
    id            uuid         primary key,
    official_id   uuid         not null references official (id),
    agency_id     uuid         not null references agency (id),
    department_id uuid         references department (id),
    position      varchar(100) not null,
    valid_from    date         not null,
    valid_to      date,
    version       bigint       not null
);
create index membership_official on membership (official_id);
create index membership_agency on membership (agency_id, valid_to);
