-- What an action achieved in figures (seed 001's performance framework: fixed penalty notices issued, graffiti
-- removed, vehicles removed ...): a measure's code and its count, beside the outcome in words.
alter table tasking_action add column figures jsonb not null default '{}'::jsonb
    check (jsonb_typeof(figures) = 'object');
