-- Tasking: the local priorities a tasking group (a partnership body of type TASKING_GROUP) agrees at its six-weekly
-- meetings (its cycles), the actions under each, and each priority's state at each cycle so its history can be read.

-- The categories coordinators maintain; environmental ones are marked (seed 001: graffiti, litter, abandoned vehicles).
create table tasking_category (
    id             uuid primary key,
    name           varchar(100) not null,
    environmental  boolean      not null default false,
    retired        boolean      not null default false,
    created_at     timestamptz  not null default now()
);
create unique index tasking_category_name on tasking_category (lower(name));

insert into tasking_category (id, name, environmental) values
    ('6b3f0a10-0c1e-4a52-9a01-000000000001', 'Graffiti', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000002', 'Litter', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000003', 'Fly-tipping', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000004', 'Abandoned vehicles', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000005', 'Dog fouling', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000006', 'Noise', true),
    ('6b3f0a10-0c1e-4a52-9a01-000000000007', 'Anti-social behaviour', false),
    ('6b3f0a10-0c1e-4a52-9a01-000000000008', 'Burglary', false),
    ('6b3f0a10-0c1e-4a52-9a01-000000000009', 'Vehicle crime', false),
    ('6b3f0a10-0c1e-4a52-9a01-00000000000a', 'Drugs', false);

-- A priority of a tasking group: what, where (places of the geography, a named location, a point), why, who leads.
create table tasking_priority (
    id                        uuid primary key,
    group_body_id             uuid          not null references partnership_body (id) on delete cascade,
    category_id               uuid          not null references tasking_category (id),
    title                     varchar(200)  not null,
    place_ids                 uuid[]        not null default '{}',
    location_text             varchar(300),
    latitude                  double precision check (latitude is null or latitude between -90 and 90),
    longitude                 double precision check (longitude is null or longitude between -180 and 180),
    problem                   text          not null,
    evidence                  text,
    owner_organisation_id     uuid          not null references organisation (id),
    lead_person_id            uuid          references person (id),
    partner_organisation_ids  uuid[]        not null default '{}',
    started_meeting_id        uuid          references meeting (id) on delete set null,
    target_outcome            text,
    status                    varchar(20)   not null check (status in ('PROPOSED', 'AGREED', 'ACTIVE', 'MONITORING',
                                                                       'CLOSED_ACHIEVED', 'CLOSED_NOT_ACHIEVED')),
    rag                       varchar(5)    check (rag is null or rag in ('RED', 'AMBER', 'GREEN')),
    rag_reason                varchar(2000),
    outcome                   text,
    handling_level            varchar(20)   not null check (handling_level in ('PUBLIC', 'PARTNERSHIP', 'AGENCY',
                                                                               'POLICE_ONLY')),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   integer       not null default 0,
    check ((latitude is null) = (longitude is null)),
    check (rag is null or rag_reason is not null)
);
create index tasking_priority_group on tasking_priority (group_body_id, status);

-- What is done under a priority, by whom (an organisation, optionally a named person or team such as its PCSOs).
create table tasking_action (
    id                     uuid primary key,
    priority_id            uuid          not null references tasking_priority (id) on delete cascade,
    description            varchar(2000) not null,
    owner_organisation_id  uuid          not null references organisation (id),
    owner_person_id        uuid          references person (id),
    owner_team             varchar(200),
    kind                   varchar(10)   not null check (kind in ('PROACTIVE', 'REACTIVE')),
    due_date               date,
    by_next_cycle          boolean       not null default false,
    status                 varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
    outcome                varchar(4000),
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null default 0,
    check (due_date is not null or by_next_cycle)
);
create index tasking_action_priority on tasking_action (priority_id);

-- A priority's state as recorded at one meeting (cycle) of its group: read later as its history across cycles.
create table tasking_cycle_state (
    priority_id    uuid          not null references tasking_priority (id) on delete cascade,
    meeting_id     uuid          not null references meeting (id) on delete cascade,
    status         varchar(20)   not null,
    rag            varchar(5),
    rag_reason     varchar(2000),
    progress_note  varchar(4000),
    recorded_at    timestamptz   not null,
    primary key (priority_id, meeting_id)
);
