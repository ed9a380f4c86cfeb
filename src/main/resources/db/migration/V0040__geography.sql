-- Places and their boundaries: force areas, divisions, districts, city areas, wards, LSOAs, neighbourhoods, patrol
-- areas and trial areas. Boundaries are WGS84 (lon/lat) geometries kept as WKB; areas may be defined as unions of wards.
-- Places are reference data (ONS and council boundaries): every signed-in partner may see them.

create table place (
    id                uuid primary key,
    type              varchar(20)  not null check (type in ('FORCE_AREA', 'DIVISION', 'DISTRICT', 'CITY_AREA', 'WARD',
                                                           'LSOA', 'NEIGHBOURHOOD', 'PATROL_AREA', 'TRIAL_AREA')),
    code              varchar(60)  not null,
    name              varchar(200) not null,
    parent_id         uuid references place (id),
    geometry          bytea,
    area_sq_km        double precision,
    population        integer check (population is null or population >= 0),
    made_of_wards     boolean      not null default false,
    source            varchar(300),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint place_type_code_uq unique (type, code),
    constraint place_not_own_parent check (parent_id is null or parent_id <> id)
);
create index place_parent_ix on place (parent_id);
create index place_type_name_ix on place (type, lower(name));

-- The wards an area (a city area, a trial area, a patrol area) is made of.
create table place_ward (
    area_id  uuid not null references place (id) on delete cascade,
    ward_id  uuid not null references place (id) on delete cascade,
    primary key (area_id, ward_id)
);
create index place_ward_ward_ix on place_ward (ward_id);

-- Each boundary import applied, for the record.
create table place_import (
    id              uuid primary key,
    file_name       varchar(300) not null,
    place_type      varchar(20)  not null,
    code_property   varchar(100) not null,
    name_property   varchar(100) not null,
    parent_id       uuid references place (id),
    created         integer      not null,
    replaced        integer      not null,
    unchanged       integer      not null,
    repaired        integer      not null,
    imported_by     varchar(200) not null,
    imported_at     timestamptz  not null
);

-- A boundary file uploaded and previewed but not yet applied; removed when applied or after a day.
create table place_import_upload (
    id               uuid primary key,
    user_account_id  uuid         not null,
    file_name        varchar(300) not null,
    content          bytea        not null,
    uploaded_at      timestamptz  not null
);
