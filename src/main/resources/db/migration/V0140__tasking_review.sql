-- The cycle review: a tasking group's review of its priorities at one of its meetings. Each priority's state at the
-- meeting (tasking_cycle_state) now also says what was decided for it and, when escalated, to which body.
alter table tasking_cycle_state
    add column decision             varchar(20) check (decision is null or decision in ('CARRY_FORWARD', 'AGREE',
                                                        'AMEND', 'ESCALATE', 'CLOSE', 'PROPOSE')),
    add column escalated_to_body_id uuid references partnership_body (id) on delete set null;

-- One review per meeting: who recorded it last, when, and the version each correction is written over.
create table tasking_review (
    meeting_id             uuid        primary key references meeting (id) on delete cascade,
    group_body_id          uuid        not null references partnership_body (id) on delete cascade,
    recorded_by_person_id  uuid        references person (id) on delete set null,
    recorded_at            timestamptz not null,
    version                integer     not null default 0
);
create index tasking_review_group on tasking_review (group_body_id);
