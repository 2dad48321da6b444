-- Mã truy cập API của tài khoản: a short-lived bearer token an account obtains once with its password,
-- so that an app (the citizens' mobile app, a script) does not send the password, and the server does
-- not check a slow password hash, on every call. Only the token's SHA-256 is kept.
create table account_access_token (
    id           uuid                     primary key,
    account_id   uuid                     not null references account (id),
    token_hash   varchar(64)              not null unique,
    token_prefix varchar(16)              not null,
    name         varchar(100),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index ix_account_access_token_account on account_access_token (account_id);
