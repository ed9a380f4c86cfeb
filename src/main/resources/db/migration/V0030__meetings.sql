-- Meetings of the partnership's bodies: the cadence they meet on, the meetings generated from it or added by hand,
-- and what is recorded at each: agenda, papers, attendance, minutes, decisions and actions.

-- How often a body meets; one rule per body. Months hold the fixed months (or the window's first month).
create table meeting_cadence (
    body_id           uuid primary key references partnership_body (id) on delete cascade,
    kind              varchar(20)  not null check (kind in ('EVERY_N_WEEKS', 'FIXED_MONTHS', 'ANNUAL_WINDOW')),
    interval_weeks    integer check (interval_weeks is null or interval_weeks between 1 and 52),
    anchor_date       date,
    window_end        varchar(10),
    start_time        time         not null,
    duration_minutes  integer      not null check (duration_minutes between 15 and 720),
    location          varchar(200),
    updated_at        timestamptz  not null
);

create table meeting_cadence_month (
    body_id   uuid        not null references meeting_cadence (body_id) on delete cascade,
    month     varchar(10) not null,
    week      integer     not null check (week between 1 and 5),
    day       varchar(10) not null,
    purpose   varchar(200),
    primary key (body_id, month)
);

create table meeting (
    id             uuid primary key,
    body_id        uuid         not null references partnership_body (id) on delete cascade,
    title          varchar(200) not null,
    purpose        varchar(200),
    window_text    varchar(200),
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    location       varchar(200),
    status         varchar(12)  not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    from_cadence   boolean      not null,
    cancel_reason  varchar(500),
    moved_from     timestamptz,
    move_reason    varchar(500),
    sequence       integer      not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint meeting_times check (ends_at > starts_at),
    constraint meeting_cancel_reason check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index meeting_body_starts_ix on meeting (body_id, starts_at);
create index meeting_starts_ix on meeting (starts_at);

create table meeting_agenda_item (
    id                   uuid primary key,
    meeting_id           uuid         not null references meeting (id) on delete cascade,
    number               integer      not null check (number > 0),
    title                varchar(300) not null,
    presenter_person_id  uuid references person (id),
    presenter_text       varchar(200),
    exempt               boolean      not null default false,
    exempt_reason        varchar(300),
    linked_record_type   varchar(40),
    linked_record_id     varchar(100),
    linked_record_label  varchar(300),
    minutes              text,
    constraint meeting_agenda_item_number_uq unique (meeting_id, number) deferrable initially deferred
);

create table meeting_paper (
    id              uuid primary key,
    meeting_id      uuid         not null references meeting (id) on delete cascade,
    agenda_item_id  uuid references meeting_agenda_item (id) on delete set null,
    title           varchar(300) not null,
    link            varchar(1000),
    added_at        timestamptz  not null
);

create table meeting_attendance (
    meeting_id                uuid        not null references meeting (id) on delete cascade,
    person_id                 uuid        not null references person (id),
    status                    varchar(12) not null check (status in ('PRESENT', 'APOLOGIES', 'ABSENT')),
    substitute_for_person_id  uuid references person (id),
    primary key (meeting_id, person_id),
    constraint meeting_attendance_substitute check (substitute_for_person_id is null or status = 'PRESENT')
);

create table meeting_decision (
    id              uuid primary key,
    meeting_id      uuid         not null references meeting (id) on delete cascade,
    agenda_item_id  uuid references meeting_agenda_item (id) on delete set null,
    number          integer      not null,
    text            text         not null,
    decided_at      timestamptz  not null
);

create table meeting_action (
    id                     uuid primary key,
    meeting_id             uuid         not null references meeting (id) on delete cascade,
    agenda_item_id         uuid references meeting_agenda_item (id) on delete set null,
    number                 integer      not null,
    description            text         not null,
    owner_person_id        uuid references person (id),
    owner_organisation_id  uuid references organisation (id),
    due_date               date         not null,
    status                 varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    closed_on              date,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    constraint meeting_action_owner check (owner_person_id is not null or owner_organisation_id is not null)
);
create index meeting_action_status_due_ix on meeting_action (status, due_date);

create table meeting_action_update (
    id          uuid primary key,
    action_id   uuid         not null references meeting_action (id) on delete cascade,
    written_at  timestamptz  not null,
    author      varchar(200) not null,
    status      varchar(12)  not null,
    note        text         not null
);
create index meeting_action_update_action_ix on meeting_action_update (action_id, written_at);

-- A secret-token subscription to a body's or a person's meetings, for calendar programs that cannot sign in.
-- Only the SHA-256 of the token is kept; the feed shows what its user may see, while they may still sign in.
create table meeting_calendar_subscription (
    id               uuid primary key,
    user_account_id  uuid         not null references user_account (id) on delete cascade,
    subject_type     varchar(10)  not null check (subject_type in ('BODY', 'PERSON')),
    subject_id       uuid         not null,
    token_hash       varchar(64)  not null unique,
    created_at       timestamptz  not null,
    last_used_at     timestamptz,
    revoked_at       timestamptz
);
create index meeting_calendar_subscription_user_ix on meeting_calendar_subscription (user_account_id);
