-- Files of evidence for a priority (seed 001: the analysis of local data a regulatory officer brings; a photograph of
-- the site, a spreadsheet of reports), checked as documents' attachments are, seen by whoever may see the priority.
create table tasking_evidence_file (
    id            uuid primary key,
    priority_id   uuid         not null references tasking_priority (id) on delete cascade,
    title         varchar(300) not null,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(200) not null
);
create index tasking_evidence_file_priority_ix on tasking_evidence_file (priority_id);
