-- A training requirement belongs to the organisation that set it (a council piloting a service agreement, a force),
-- so it is seen and changed within that organisation's partnerships like every other partnership record: without an
-- owner, Leeds would see and could remove the requirements of a St Neots pilot. The table is empty until now.

alter table workforce_training_requirement add column owner_id uuid not null references organisation (id);
create index workforce_training_requirement_owner_ix on workforce_training_requirement (owner_id);
create index workforce_training_attendance_pcso_ix on workforce_training_attendance (pcso_id);
