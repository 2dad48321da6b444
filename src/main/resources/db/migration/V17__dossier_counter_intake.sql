-- Counter intake (tiếp nhận trực tiếp): a walk-in applicant may have no portal account; the applicant's name,
-- identity number and phone are kept in applicant_data.
alter table dossier alter column applicant_account_id drop not null;
