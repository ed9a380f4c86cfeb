-- The partnership's structure: bodies, how they relate, their governance, the themes they lead on and who sits on them.

create table partnership_body (
    id                      uuid primary key,
    name                    varchar(200) not null,
    type                    varchar(40)  not null,
    tier                    varchar(20)  not null check (tier in ('COUNTY', 'DISTRICT', 'AREA', 'LOCALITY')),
    area_covered            varchar(200),
    statutory               boolean      not null default false,
    statutory_basis         varchar(300),
    purpose                 text,
    owning_organisation_id  uuid         not null references organisation (id),
    handling_level          varchar(20)  not null default 'PARTNERSHIP'
                                check (handling_level in ('PUBLIC', 'PARTNERSHIP', 'AGENCY', 'POLICE_ONLY')),
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create unique index partnership_body_name_uq on partnership_body (owning_organisation_id, lower(name));

-- A theme a body works on; lead = the body leads on it.
create table partnership_body_theme (
    body_id  uuid         not null references partnership_body (id) on delete cascade,
    theme    varchar(200) not null,
    lead     boolean      not null default false,
    primary key (body_id, theme)
);

create table partnership_relation (
    from_body_id  uuid        not null references partnership_body (id) on delete cascade,
    to_body_id    uuid        not null references partnership_body (id) on delete cascade,
    kind          varchar(20) not null check (kind in ('REPORTS_TO', 'LINKS_WITH')),
    primary key (from_body_id, to_body_id, kind),
    constraint partnership_relation_not_self check (from_body_id <> to_body_id)
);

create table partnership_governance (
    body_id              uuid primary key references partnership_body (id) on delete cascade,
    terms_of_reference   text,
    chair_person_id      uuid references person (id),
    quorum               integer check (quorum is null or quorum > 0),
    meeting_frequency    varchar(200),
    last_reviewed        date
);

create table partnership_membership (
    id                             uuid primary key,
    body_id                        uuid        not null references partnership_body (id) on delete cascade,
    person_id                      uuid        not null references person (id),
    representing_organisation_id   uuid references organisation (id),
    representing_body_id           uuid references partnership_body (id),
    role                           varchar(20) not null
                                       check (role in ('CHAIR', 'CO_CHAIR', 'CORE_MEMBER', 'MEMBER', 'ADVISER', 'OBSERVER')),
    from_date                      date        not null,
    to_date                        date,
    constraint partnership_membership_dates check (to_date is null or to_date >= from_date)
);
create index partnership_membership_body_ix on partnership_membership (body_id);
create index partnership_membership_person_ix on partnership_membership (person_id);
