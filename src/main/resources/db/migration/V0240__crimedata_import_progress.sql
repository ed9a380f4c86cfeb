-- How far a running import has read, for its status page: rows and bytes of the file read so far, the file's size
-- (null when not known), when it last said so (a run that has said nothing for long was interrupted), and who
-- started it (null: the command line or the demonstration).
alter table crimedata_import_run
    add column bytes_total bigint,
    add column bytes_read bigint not null default 0,
    add column updated_at timestamptz,
    add column started_by uuid;
