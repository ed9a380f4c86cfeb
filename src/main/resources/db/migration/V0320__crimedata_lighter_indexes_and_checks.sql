-- Lighter indexes and cheaper checks on the crime rows, so a month's partition is indexed in a fraction of the time when an import
-- attaches it (docs/adr/0029-crime-import-speed.md):
-- * force: a BRIN index. A month's rows arrive force by force (the national file is the forces' files one after
--   another, and a force's own file is one force), so each block range holds one or two forces and the index, a few
--   kilobytes, is built in one pass without sorting;
-- * ward: only the rows placed in a ward, a small part of a national month (the wards held are the partnership's own).
drop index crimedata_street_force_month;
drop index crimedata_street_ward_month;
create index crimedata_street_force on crimedata_street using brin (force_key);
create index crimedata_street_ward_month on crimedata_street (ward_id, month) where ward_id is not null;

drop index crimedata_outcome_force_month;
drop index crimedata_outcome_ward_month;
create index crimedata_outcome_force on crimedata_outcome using brin (force_key);
create index crimedata_outcome_ward_month on crimedata_outcome (ward_id, month) where ward_id is not null;

-- Cheaper checks, evaluated for every row COPYed in: the month as a date truncated without a time zone (the
-- date_trunc of a date with a time zone cost more than half the server's time of a COPY into an unindexed table),
-- and the coordinates' ranges without the "is null or", which a check needs not (a null passes a check).
alter table crimedata_street drop constraint crimedata_street_month_check;
alter table crimedata_street add constraint crimedata_street_month_check
    check (month = date_trunc('month', month::timestamp)::date);
alter table crimedata_street drop constraint crimedata_street_latitude_check;
alter table crimedata_street add constraint crimedata_street_latitude_check check (latitude between -90 and 90);
alter table crimedata_street drop constraint crimedata_street_longitude_check;
alter table crimedata_street add constraint crimedata_street_longitude_check check (longitude between -180 and 180);

alter table crimedata_outcome drop constraint crimedata_outcome_month_check;
alter table crimedata_outcome add constraint crimedata_outcome_month_check
    check (month = date_trunc('month', month::timestamp)::date);
alter table crimedata_outcome drop constraint crimedata_outcome_latitude_check;
alter table crimedata_outcome add constraint crimedata_outcome_latitude_check check (latitude between -90 and 90);
alter table crimedata_outcome drop constraint crimedata_outcome_longitude_check;
alter table crimedata_outcome add constraint crimedata_outcome_longitude_check check (longitude between -180 and 180);
