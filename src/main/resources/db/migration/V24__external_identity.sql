-- Sign-in through an external OpenID Connect provider (VNeID): the provider's subject linked to an account,
-- unique per provider, and whether a profile's citizen ID was asserted by such a provider (not only typed in).

create table external_identity (
    id             uuid         primary key,
    provider       varchar(40)  not null,
    subject        varchar(255) not null,
    account_id     uuid         not null references account (id),
    citizen_id     varchar(12)  not null,
    linked_at      timestamp with time zone not null,
    last_signed_in timestamp with time zone,
    version        bigint       not null
);
create unique index external_identity_subject on external_identity (provider, subject);
create index external_identity_account on external_identity (account_id);

alter table citizen_profile add column citizen_id_verified_at timestamp with time zone;
create index citizen_profile_citizen_id on citizen_profile (citizen_id);
