-- The upload an import was applied from, so going back to its preview after applying leads to the import's own page.
alter table place_import add column upload_id uuid;
create index place_import_upload_ix on place_import (upload_id);
