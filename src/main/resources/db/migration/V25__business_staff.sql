-- Organisations acting through authorised staff (doanh nghiệp ủy quyền cho nhân viên): the business invites
-- a staff member by e-mail or phone, who verifies a one-time code and sets a password; revoking ends access.

create table business_staff (
    id                  uuid         primary key,
    business_account_id uuid         not null references account (id),
    staff_account_id    uuid         references account (id),
    registration_id     uuid         not null references citizen_registration (id),
    full_name           varchar(100) not null,
    contact             varchar(120) not null,
    state               varchar(20)  not null,
    added_at            timestamp with time zone not null,
    activated_at        timestamp with time zone,
    revoked_at          timestamp with time zone,
    version             bigint       not null
);
create index business_staff_business on business_staff (business_account_id, added_at);
create unique index business_staff_account on business_staff (staff_account_id);
create index business_staff_contact on business_staff (contact);

-- A staff member's invitation reuses the registration's one-time code; the password is set on acceptance.
alter table citizen_registration alter column password_hash drop not null;
alter table citizen_registration add column business_account_id uuid references account (id);
