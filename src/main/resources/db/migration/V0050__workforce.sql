-- The people on patrol: PCSOs, the posts of each neighbourhood policing team, the schemes that fund posts, each PCSO's
-- attachment to designated patrol areas (wards), and training and personal development.

-- A funding scheme: a funder (a county, district, parish or town council) pays a share of a number of posts.
create table workforce_scheme (
    id                uuid primary key,
    name              varchar(200)  not null,
    funder_id         uuid          not null references organisation (id),
    share_percent     numeric(5, 2) check (share_percent is null or (share_percent > 0 and share_percent <= 100)),
    share_amount      numeric(12, 2) check (share_amount is null or share_amount > 0),
    cost_per_post     numeric(12, 2) check (cost_per_post is null or cost_per_post > 0),
    posts             integer       not null check (posts >= 0),
    period_from       date          not null,
    period_to         date,
    conditions        text,
    handling_level    varchar(20)   not null default 'PARTNERSHIP'
                          check (handling_level in ('PUBLIC', 'PARTNERSHIP', 'AGENCY', 'POLICE_ONLY')),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint workforce_scheme_period check (period_to is null or period_to >= period_from),
    constraint workforce_scheme_share check (share_percent is not null or share_amount is not null)
);
create unique index workforce_scheme_name_uq on workforce_scheme (funder_id, lower(name));

-- The establishment (posts) of PCSOs in a neighbourhood policing team (an organisation of type NPT).
create table workforce_team_posts (
    team_id        uuid primary key references organisation (id),
    establishment  integer      not null check (establishment >= 0),
    updated_at     timestamptz  not null
);

create table workforce_pcso (
    id                    uuid primary key,
    name                  varchar(200) not null,
    collar_number         varchar(20)  not null,
    force_id              uuid         not null references organisation (id),
    team_id               uuid references organisation (id),
    supervisor_person_id  uuid references person (id),
    person_id             uuid references person (id),
    scheme_id             uuid references workforce_scheme (id),
    start_date            date         not null,
    status                varchar(10)  not null check (status in ('ACTIVE', 'ON_LEAVE', 'LEFT')),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);
create unique index workforce_pcso_collar_uq on workforce_pcso (force_id, lower(collar_number));
create index workforce_pcso_team_ix on workforce_pcso (team_id);
create index workforce_pcso_scheme_ix on workforce_pcso (scheme_id);

-- A PCSO's attachment to a designated patrol area: one ward per row, from a date until (optionally) a date.
create table workforce_attachment (
    id          uuid primary key,
    pcso_id     uuid        not null references workforce_pcso (id) on delete cascade,
    ward_id     uuid        not null references place (id),
    role        varchar(12) not null default 'DESIGNATED' check (role in ('DESIGNATED', 'COVER')),
    from_date   date        not null,
    to_date     date,
    created_at  timestamptz not null,
    constraint workforce_attachment_period check (to_date is null or to_date >= from_date)
);
create index workforce_attachment_pcso_ix on workforce_attachment (pcso_id);
create index workforce_attachment_ward_ix on workforce_attachment (ward_id);
