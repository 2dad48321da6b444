-- Signatures: signatories' keys (PKCS#12 keystores kept here, so every node of a cluster reaches
-- them and they are backed up with the data), signature and seal images, and the trust store.

-- One signing key per signatory: an official (OFFICIAL) or an agency seal (AGENCY). For the
-- pkcs12 device the keystore itself is stored, encrypted with the configured keystore password;
-- other devices (pkcs11, remote) keep the key elsewhere and store only its reference.
create table signing_credential (
    id             uuid                     primary key,
    signatory_kind varchar(16)              not null,
    signatory_id   uuid                     not null,
    device         varchar(16)              not null,
    key_reference  varchar(200)             not null,
    keystore       bytea,
    certificate    bytea                    not null,
    subject        varchar(500)             not null,
    not_after      timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    constraint uq_signing_credential_signatory unique (signatory_kind, signatory_id)
);

-- The handwritten-signature image of an official (blue) or the seal image of an agency (red), as a
-- transparent PNG, with the width it is printed at (a seal at its real size).
create table signature_image (
    id             uuid                     primary key,
    signatory_kind varchar(16)              not null,
    signatory_id   uuid                     not null,
    png            bytea                    not null,
    width_mm       double precision         not null,
    uploaded_at    timestamp with time zone not null,
    constraint uq_signature_image_signatory unique (signatory_kind, signatory_id)
);

-- Root and intermediate certificates that validation trusts (e.g. Vietnam's national roots),
-- uploaded by administrators; never fetched at run time.
create table trusted_certificate (
    id            uuid                     primary key,
    fingerprint   varchar(64)              not null unique,
    subject       varchar(500)             not null,
    issuer        varchar(500)             not null,
    serial_number varchar(100)             not null,
    not_before    timestamp with time zone not null,
    not_after     timestamp with time zone not null,
    certificate   bytea                    not null,
    added_at      timestamp with time zone not null
);
