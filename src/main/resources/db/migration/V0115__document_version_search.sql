-- Search finds a document by the words of its text as well as its title and summary: the text of each version,
-- weighted below the title (A) and summary (B). Only the latest approved version is searched (DocumentSearchSource),
-- so a draft's words never find a document for someone who may read only what was approved.
alter table document_version add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', content), 'C')) stored;
