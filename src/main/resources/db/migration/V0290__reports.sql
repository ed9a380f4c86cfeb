-- Committee reports in the form councils use (seeds 000 and 003): agenda item and meeting, public or exempt with
-- the exemption paragraph, title, report of, contact officer, and numbered sections; composed from another
-- module's records (a Plan variation, a protocol) and then edited.
create table reports_report (
    id uuid primary key,
    meeting_id uuid not null,
    item_number integer check (item_number between 1 and 999),
    title text not null,
    report_of text not null,
    contact_name text not null,
    contact_role text,
    contact_phone text,
    contact_email text,
    exempt boolean not null default false,
    exemption text,
    -- [{"kind": "PURPOSE", "heading": null, "paragraphs": ["..."]}], in the form's order
    sections jsonb not null,
    source_type text,
    source_id text,
    owning_organisation_id uuid not null,
    created_at timestamptz not null default now(),
    created_by text,
    version integer not null default 0,
    check (not exempt or exemption is not null)
);

create index reports_report_meeting_idx on reports_report (meeting_id, item_number);
