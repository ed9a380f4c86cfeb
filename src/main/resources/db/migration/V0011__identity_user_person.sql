-- A user account may be for a person in the directory, so their seats on bodies (and exempt meeting items) follow them.
alter table user_account add column person_id uuid references person (id);
create index user_account_person_ix on user_account (person_id);
