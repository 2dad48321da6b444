-- Calendar: the official yearly schedule that overrides holiday rules, and working hours.

create table schedule_day (
    id      uuid         primary key,
    on_date date         not null unique,
    kind    varchar(20)  not null,
    name    varchar(200) not null,
    version bigint       not null
);

-- Working hours per agency; the row with no agency is the province's default.
create table working_hours (
    id              uuid    primary key,
    agency_id       uuid    unique references agency (id),
    morning_start   time    not null,
    morning_end     time    not null,
    afternoon_start time    not null,
    afternoon_end   time    not null,
    version         bigint  not null
);
