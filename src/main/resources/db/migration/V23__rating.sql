-- Citizen ratings of dossiers (đánh giá mức độ hài lòng): one per dossier, scores 1–5.
create table dossier_rating (
    id                  uuid          primary key,
    dossier_code        varchar(80)   not null unique,
    account_id          uuid          not null,
    procedure_code      varchar(60)   not null,
    receiving_agency_id uuid          not null,
    competent_agency_id uuid          not null,
    overall             integer       not null check (overall between 1 and 5),
    timeliness          integer       not null check (timeliness between 1 and 5),
    staff_attitude      integer       not null check (staff_attitude between 1 and 5),
    contacts            integer       not null check (contacts between 0 and 50),
    comment             varchar(1000),
    rated_at            timestamp with time zone not null
);
create index dossier_rating_competent on dossier_rating (competent_agency_id, rated_at);
create index dossier_rating_receiving on dossier_rating (receiving_agency_id, rated_at);
create index dossier_rating_rated_at on dossier_rating (rated_at);
