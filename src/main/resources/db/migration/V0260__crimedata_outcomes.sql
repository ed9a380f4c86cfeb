-- Outcomes from data.police.uk's outcomes files (2025-02-kent-outcomes.csv): each row an outcome reached in the row's
-- month for a crime named by its Crime ID, which links it to the crime's street-level row of that or an earlier month.
-- Partitioned by month and loaded like crimedata_street (docs/adr/0025-crime-data-partitions-and-citus.md); no keys,
-- so it distributes on Citus by force_key, colocated with crimedata_street.
create table crimedata_outcome (
    force_key      text not null,
    month          date not null,
    crime_id       text not null,
    reported_by    text not null,
    falls_within   text not null,
    longitude      double precision,
    latitude       double precision,
    location       text,
    lsoa_code      text,
    lsoa_name      text,
    outcome_type   text not null,
    ward_id        uuid,
    check (month = date_trunc('month', month)::date),
    check (latitude is null or latitude between -90 and 90),
    check (longitude is null or longitude between -180 and 180)
) partition by range (month);

create index crimedata_outcome_force_month on crimedata_outcome (force_key, month);
create index crimedata_outcome_ward_month on crimedata_outcome (ward_id, month);
create index crimedata_outcome_crime on crimedata_outcome (crime_id);

-- A run's force-months are of street-level crimes or of outcomes: an archive replaces both for a force-month.
alter table crimedata_import_part add column outcomes boolean not null default false;
alter table crimedata_import_part drop constraint crimedata_import_part_pkey;
alter table crimedata_import_part add primary key (run_id, outcomes, force_key, month);
