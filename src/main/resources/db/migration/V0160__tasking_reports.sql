-- Reports to the bodies tasking groups report to (seed 001 section 6): the tailored report to an Area Committee and the
-- periodic report to a Divisional Community Safety Partnership / Locality Partnership. An issued report keeps its body,
-- the period it covers and who issued it when, so the next report runs from the day after this one's period ends; its
-- contents are read again from the priorities' recorded states at the meetings of that period. It may be attached as
-- a paper to one meeting of the body.
create table tasking_report (
    id                       uuid primary key,
    body_id                  uuid          not null references partnership_body (id) on delete cascade,
    period_from              date          not null,
    period_to                date          not null,
    issued_by_name           varchar(200)  not null,
    issued_by_organisation   uuid          not null references organisation (id),
    issued_at                timestamptz   not null,
    paper_meeting_id         uuid          references meeting (id) on delete set null,
    attached_at              timestamptz,
    check (period_from <= period_to)
);
create index tasking_report_body on tasking_report (body_id, period_to desc);
