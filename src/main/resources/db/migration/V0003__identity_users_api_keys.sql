-- Identity: users who act for one organisation with roles, and API keys for systems.

create table user_account (
    id                   uuid primary key,
    username             varchar(60)  not null,
    display_name         varchar(200) not null,
    email                varchar(200),
    organisation_id      uuid         not null references organisation (id),
    password_hash        varchar(200) not null,
    enabled              boolean      not null default true,
    failed_sign_ins      integer      not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz  not null,
    last_sign_in_at      timestamptz,
    demonstration        boolean      not null default false,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint user_account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$')
);
create unique index user_account_username_uq on user_account (username);
create index user_account_organisation_ix on user_account (organisation_id);

create table user_account_role (
    user_account_id  uuid        not null references user_account (id) on delete cascade,
    role             varchar(30) not null check (role in ('ADMINISTRATOR', 'COORDINATOR', 'CONTRIBUTOR', 'READER', 'PANEL_MEMBER')),
    primary key (user_account_id, role)
);

create table api_key (
    id               uuid primary key,
    name             varchar(200) not null,
    key_prefix       varchar(20)  not null unique,
    secret_hash      char(64)     not null,
    organisation_id  uuid         not null references organisation (id),
    created_by       uuid         not null references user_account (id),
    created_at       timestamptz  not null,
    revoked_at       timestamptz,
    last_used_at     timestamptz,
    version          integer      not null default 0
);

create table api_key_role (
    api_key_id  uuid        not null references api_key (id) on delete cascade,
    role        varchar(30) not null check (role in ('ADMINISTRATOR', 'COORDINATOR', 'CONTRIBUTOR', 'READER', 'PANEL_MEMBER')),
    primary key (api_key_id, role)
);
