-- Calendar: the official yearly schedule that overrides holiday rules, and working hours.

-- One row per date announced in the official yearly schedule: a day off (DAY_OFF) or a weekend
-- day worked in exchange (WORKING_DAY). The column is not called "day": that is a reserved word in H2.
create table schedule_day (
    id            uuid         primary key,
    calendar_date date         not null unique,
    kind          varchar(20)  not null,
    name          varchar(200) not null,
    version       bigint       not null
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
