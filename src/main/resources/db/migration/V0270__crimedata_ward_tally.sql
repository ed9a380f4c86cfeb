-- Street-level crimes counted by force, month, ward and crime type: what the analysis's counts by month, ward and
-- force read instead of every row (a twentieth of the rows for one force). Kept by the importer in the transaction
-- that replaces a force-month's rows, so it always agrees with crimedata_street. No keys: it distributes on Citus by
-- force_key, colocated with crimedata_street (docs/adr/0025-crime-data-partitions-and-citus.md).
create table crimedata_ward_tally (
    force_key      text not null,
    month          date not null,
    ward_id        uuid,
    crime_type     text not null,
    crimes         bigint not null check (crimes > 0)
);

create index crimedata_ward_tally_force_month on crimedata_ward_tally (force_key, month);
create index crimedata_ward_tally_ward_month on crimedata_ward_tally (ward_id, month);

insert into crimedata_ward_tally (force_key, month, ward_id, crime_type, crimes)
select force_key, month, ward_id, crime_type, count(*) from crimedata_street
group by force_key, month, ward_id, crime_type;

-- The same by LSOA too, for the counts by LSOA (a third of the rows for one force). Kept the same way.
create table crimedata_lsoa_tally (
    force_key      text not null,
    month          date not null,
    ward_id        uuid,
    lsoa_code      text,
    lsoa_name      text,
    crime_type     text not null,
    crimes         bigint not null check (crimes > 0)
);

create index crimedata_lsoa_tally_force_month on crimedata_lsoa_tally (force_key, month);
create index crimedata_lsoa_tally_ward_month on crimedata_lsoa_tally (ward_id, month);

insert into crimedata_lsoa_tally (force_key, month, ward_id, lsoa_code, lsoa_name, crime_type, crimes)
select force_key, month, ward_id, lsoa_code, lsoa_name, crime_type, count(*) from crimedata_street
group by force_key, month, ward_id, lsoa_code, lsoa_name, crime_type;
