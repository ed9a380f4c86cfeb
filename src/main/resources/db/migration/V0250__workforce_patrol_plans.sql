-- A PCSO's weekly shift pattern: the days and hours they work, which patrol plans fill with visits.
create table workforce_shift (
    id          uuid primary key,
    pcso_id     uuid not null references workforce_pcso (id),
    weekday     smallint not null check (weekday between 1 and 7),
    starts      time not null,
    ends        time not null,
    created_at  timestamptz not null,
    check (starts <> ends)
);

create index workforce_shift_pcso on workforce_shift (pcso_id, weekday, starts);

-- A week's plan of short high-visibility visits to the hot spots of an area, for the PCSOs attached to its wards.
-- Police only: it says where PCSOs will be and when (owned by the PCSOs' force, AGENCY).
create table workforce_patrol_plan (
    id            uuid primary key,
    area_id       uuid not null,
    area_name     text not null,
    week_start    date not null,
    force_id      uuid not null,
    months_from   date not null,
    months_to     date not null,
    share_percent integer not null check (share_percent between 5 and 100),
    worth         double precision not null,
    created_by    uuid,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       integer not null default 0
);

create index workforce_patrol_plan_week on workforce_patrol_plan (week_start desc);

-- One visit of a plan: a PCSO, in one of their shifts that week, at a snap point, with why it is in the plan.
create table workforce_patrol_visit (
    id          uuid primary key,
    plan_id     uuid not null references workforce_patrol_plan (id) on delete cascade,
    pcso_id     uuid not null references workforce_pcso (id),
    visit_day   date not null,
    starts      time not null,
    minutes     integer not null,
    location    text not null,
    latitude    double precision not null,
    longitude   double precision not null,
    ward_id     uuid,
    crimes      bigint not null,
    harm        double precision not null,
    reason      text not null,
    adjusted    boolean not null default false
);

create index workforce_patrol_visit_plan on workforce_patrol_visit (plan_id, visit_day, starts);
create index workforce_patrol_visit_pcso on workforce_patrol_visit (pcso_id, visit_day);
