-- The reports and observations a tasking priority was proposed on from the local data analysis. item_id is the
-- item's id in its source (an Open311 service_request_id, an observation's id); no foreign key crosses modules.
create table tasking_priority_evidence (
    priority_id  uuid         not null references tasking_priority (id) on delete cascade,
    source       varchar(20)  not null check (source in ('REPORT', 'OBSERVATION')),
    item_id      varchar(100) not null,
    primary key (priority_id, source, item_id)
);
