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

