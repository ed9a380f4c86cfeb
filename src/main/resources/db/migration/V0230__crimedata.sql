-- Street-level crime from data.police.uk, partitioned by month (a partition per month, created by the importer when
-- it first loads that month). No foreign keys: ward_id names a geography place by id only, so the schema can be
-- distributed on Citus by force_key (see docs/adr/0025-crime-data-partitions-and-citus.md).
create table crimedata_street (
    force_key      text not null,
    month          date not null,
    crime_id       text,
    reported_by    text not null,
    falls_within   text not null,
    longitude      double precision,
    latitude       double precision,
    location       text,
    lsoa_code      text,
    lsoa_name      text,
    crime_type     text not null,
    last_outcome   text,
    context        text,
    ward_id        uuid,
    check (month = date_trunc('month', month)::date),
    check (latitude is null or latitude between -90 and 90),
    check (longitude is null or longitude between -180 and 180)
) partition by range (month);

create index crimedata_street_force_month on crimedata_street (force_key, month);
create index crimedata_street_ward_month on crimedata_street (ward_id, month);

-- One import of one file (a CSV, a gzip or an archive of many forces' files), whatever its outcome.
create table crimedata_import_run (
    id             uuid primary key,
    file           text not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    status         text not null check (status in ('running', 'loaded', 'refused')),
    rows_read      bigint not null default 0,
    rows_loaded    bigint not null default 0,
    rows_rejected  bigint not null default 0,
    message        text
);

-- The force-months a run replaced, with the rows it loaded into each.
create table crimedata_import_part (
    run_id         uuid not null references crimedata_import_run (id),
    force_key      text not null,
    month          date not null,
    rows_loaded    bigint not null,
    primary key (run_id, force_key, month)
);

-- Rows a run left out, by the file (or archive entry) and line they came from.
create table crimedata_rejected_row (
    run_id         uuid not null references crimedata_import_run (id),
    entry          text not null,
    line_number    bigint not null,
    reason_key     text not null,
    reason         text not null
);

create index crimedata_rejected_row_run on crimedata_rejected_row (run_id, entry, line_number);
