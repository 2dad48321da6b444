-- Spring Modulith 2.0 event publication registry.
create table event_publication (
    id                     uuid          primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null,
    last_resubmission_date timestamp with time zone
);
create index event_publication_completion on event_publication (completion_date);
