-- PCSOs' and police staff's observations: a quality-of-life observation (seen by the partnership, counted in the
-- local data analysis) or a piece of intelligence (POLICE_ONLY: never seen by a council, never counted, never
-- exported beyond the police). Intelligence is graded by the 3x5x2 system of the College of Policing's Authorised
-- Professional Practice on intelligence management.
create table intake_observation (
    id                       uuid          primary key,
    kind                     varchar(20)   not null check (kind in ('QUALITY_OF_LIFE', 'INTELLIGENCE')),
    handling_level           varchar(20)   not null check (handling_level in ('PARTNERSHIP', 'AGENCY', 'POLICE_ONLY')),
    owning_organisation_id   uuid          not null references organisation (id),
    recorded_by              uuid          not null,
    recorded_by_name         varchar(200)  not null,
    -- A tasking category (tasking owns the list; the name is kept as it was when recorded).
    category_id              uuid          not null,
    category_name            varchar(100)  not null,
    ward_id                  uuid          references place (id) on delete set null,
    location                 varchar(300)  not null,
    latitude                 double precision check (latitude is null or latitude between -90 and 90),
    longitude                double precision check (longitude is null or longitude between -180 and 180),
    description              varchar(2000) not null,
    observed_at              timestamptz   not null,
    -- The tasking priority it feeds, when its recorder (or a colleague) linked it to one.
    priority_id              uuid,
    source_evaluation        varchar(1)    check (source_evaluation in ('1', '2', '3')),
    intelligence_assessment  varchar(1)    check (intelligence_assessment in ('A', 'B', 'C', 'D', 'E')),
    handling_code            varchar(1)    check (handling_code in ('P', 'C')),
    handling_conditions      varchar(500),
    recorded_at              timestamptz   not null,
    version                  integer       not null default 0,
    constraint intake_observation_point check ((latitude is null) = (longitude is null)),
    constraint intake_observation_intelligence check (
        (kind = 'INTELLIGENCE' and handling_level = 'POLICE_ONLY' and source_evaluation is not null
             and intelligence_assessment is not null and handling_code is not null
             and (handling_code = 'P' or handling_conditions is not null))
        or (kind = 'QUALITY_OF_LIFE' and handling_level <> 'POLICE_ONLY' and source_evaluation is null
             and intelligence_assessment is null and handling_code is null and handling_conditions is null))
);
create index intake_observation_ward_ix on intake_observation (ward_id, observed_at);
create index intake_observation_priority_ix on intake_observation (priority_id);
create index intake_observation_owner_ix on intake_observation (owning_organisation_id, observed_at);
create index intake_request_priority_ix on intake_request (priority_id);
