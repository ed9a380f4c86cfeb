-- Identity: sign-in throttling by source address, not by account. Failed sign-ins used to lock the account itself,
-- which let anyone lock out any user and told strangers which usernames exist (only real ones ever showed "locked").
-- A row counts failures for one username from one source address, or (username '') for any username from it.

create table sign_in_throttle (
    source_address     varchar(64)  not null,
    username           varchar(100) not null,
    failures           integer      not null,
    window_started_at  timestamptz  not null,
    throttled_until    timestamptz,
    primary key (source_address, username)
);
create index sign_in_throttle_username_ix on sign_in_throttle (username);
create index sign_in_throttle_window_ix on sign_in_throttle (window_started_at);

alter table user_account drop column failed_sign_ins;
alter table user_account drop column locked_until;
