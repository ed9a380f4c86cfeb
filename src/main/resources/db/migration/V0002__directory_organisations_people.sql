-- The directory: organisations of the partnership, the people in them and the contact roles they hold per area.

create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    short_name  varchar(60),
    type        varchar(40)  not null check (type in (
                    'POLICE_FORCE', 'POLICE_DIVISION', 'NEIGHBOURHOOD_POLICING_TEAM',
                    'COUNTY_COUNCIL', 'DISTRICT_COUNCIL', 'CITY_COUNCIL', 'UNITARY_COUNCIL',
                    'PARISH_COUNCIL', 'TOWN_COUNCIL', 'PCC_OFFICE', 'ALMO', 'HEALTH',
                    'FIRE_AND_RESCUE', 'PROBATION', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'OTHER')),
    parent_id   uuid references organisation (id),
    website     varchar(300),
    phone       varchar(40),
    email       varchar(200),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     integer      not null default 0,
    constraint organisation_not_own_parent check (parent_id is null or parent_id <> id)
);
create unique index organisation_name_uq on organisation (lower(name));
create index organisation_parent_ix on organisation (parent_id);

create table person (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    name             varchar(200) not null,
    job_title        varchar(200),
    email            varchar(200),
    phone            varchar(40),
    handling_level   varchar(20)  not null default 'PARTNERSHIP'
                         check (handling_level in ('PUBLIC', 'PARTNERSHIP', 'AGENCY', 'POLICE_ONLY')),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0
);
create index person_organisation_ix on person (organisation_id);
create index person_name_ix on person (lower(name));

-- A contact role: "Area Community Safety Coordinator" for an area, or for an organisation they serve.
create table contact_role (
    person_id                uuid         not null references person (id) on delete cascade,
    position                 integer      not null,
    title                    varchar(200) not null,
    area_served              varchar(200),
    organisation_served_id   uuid references organisation (id),
    primary key (person_id, position)
);
create index contact_role_area_ix on contact_role (area_served);

-- Organisations that share PARTNERSHIP records with each other (an information sharing agreement).
create table sharing_agreement (
    id           uuid primary key,
    name         varchar(200) not null unique,
    description  text,
    created_at   timestamptz  not null,
    version      integer      not null default 0
);

create table sharing_agreement_party (
    sharing_agreement_id  uuid not null references sharing_agreement (id) on delete cascade,
    organisation_id       uuid not null references organisation (id),
    primary key (sharing_agreement_id, organisation_id)
);
