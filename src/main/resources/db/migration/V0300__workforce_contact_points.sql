-- Local contact points held on a regular, advertised basis at places such as supermarkets (seed 003, 5.4.3):
-- where, when (a weekly, fortnightly or monthly schedule), who staffs them, and the dates called off.
create table workforce_contact_point (
    id uuid primary key,
    name text not null,
    address text not null,
    latitude double precision not null check (latitude between 49 and 61),
    longitude double precision not null check (longitude between -9 and 2.5),
    owning_organisation_id uuid not null,
    frequency text not null check (frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    day_of_week text not null,
    week_of_month integer check (week_of_month between 1 and 5),
    starts_at time not null,
    ends_at time not null,
    first_date date not null,
    last_date date,
    staffed_by text not null,
    pcso_ids uuid[] not null default '{}',
    created_at timestamptz not null default now(),
    check (ends_at > starts_at),
    check (last_date is null or last_date >= first_date),
    unique (name, first_date)
);

create table workforce_contact_point_cancellation (
    contact_point_id uuid not null references workforce_contact_point (id),
    on_date date not null,
    reason text not null,
    primary key (contact_point_id, on_date)
);
