-- The Police and Crime Plan (Police Reform and Social Responsibility Act 2011 s.5, s.7) and its scrutiny by the
-- Police and Crime Panel (s.28(3)): each Plan with its issued versions, and each draft variation (or whole new
-- draft Plan) taken through the statutory steps.

-- What a Panel gives itself to review a draft Plan or variation: the Act sets no limit (unlike the precept, SI
-- 2012/2271), so each Panel says its own, and how long before a date falls due its officers are reminded.
create table plans_panel_timing (
    panel_body_id uuid primary key,
    review_days integer check (review_days between 1 and 365),
    response_days integer check (response_days between 1 and 365),
    reminder_days integer not null default 7 check (reminder_days between 0 and 60),
    note text,
    updated_at timestamptz not null default now()
);

create table plans_plan (
    id uuid primary key,
    title text not null,
    term text not null,
    commissioner text not null,
    -- The Commissioner's office owns the Plan; the force is the Chief Constable's; the Panel reviews it.
    pcc_office_id uuid not null,
    force_id uuid not null,
    panel_body_id uuid not null,
    -- The financial year of the Commissioner's election, by the calendar year it starts in: the Plan is due by
    -- 31 March of the next calendar year.
    election_year integer not null check (election_year between 2012 and 2100),
    created_at timestamptz not null default now(),
    unique (title, term)
);

-- Each issued version, whole: its objectives with their headings and text, as a JSON document of
-- {"objectives": [{"number": 1, "title": "...", "sections": [{"heading": "...", "text": "..."}]}]}.
create table plans_plan_version (
    plan_id uuid not null references plans_plan (id),
    number integer not null check (number >= 1),
    issued_on date not null,
    variation_id uuid,
    summary text not null,
    objectives jsonb not null,
    primary key (plan_id, number)
);

create table plans_variation (
    id uuid primary key,
    plan_id uuid not null references plans_plan (id),
    kind text not null check (kind in ('VARIATION', 'NEW_PLAN')),
    title text not null,
    reason text not null,
    -- The objectives the draft changes or adds (a variation), or all of them (a new Plan), as plans_plan_version.
    objectives jsonb not null,
    status text not null check (status in ('DRAFT', 'CONSULTED', 'SENT', 'REVIEW_SCHEDULED', 'REPORTED',
        'RESPONDED', 'PUBLISHED', 'ISSUED', 'WITHDRAWN')),
    consulted_on date,
    consultation_response text,
    board_name text,
    board_on date,
    board_note text,
    sent_on date,
    review_meeting_id uuid,
    review_item_number integer,
    reported_on date,
    panel_report text,
    no_report boolean not null default false,
    responded_on date,
    response text,
    published_on date,
    published_at text,
    issued_on date,
    issued_version integer,
    created_at timestamptz not null default now(),
    created_by text,
    version integer not null default 0
);

create index plans_variation_plan_idx on plans_variation (plan_id);

create table plans_recommendation (
    id uuid primary key,
    variation_id uuid not null references plans_variation (id),
    number integer not null check (number >= 1),
    text text not null,
    response text check (response in ('ACCEPTED', 'NOT_ACCEPTED', 'PARTLY_ACCEPTED')),
    reasons text,
    unique (variation_id, number)
);
