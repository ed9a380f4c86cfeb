-- Observations found by the one search (ADR 0021): their category and place weigh A, what was seen B. The search
-- source applies the observations' own access rule in its query, so intelligence is found by police readers only.
alter table intake_observation add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(category_name, '') || ' ' || coalesce(location, '')), 'A')
    || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index intake_observation_search_ix on intake_observation using gin (search_vector);
