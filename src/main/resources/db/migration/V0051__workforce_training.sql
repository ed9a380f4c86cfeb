-- Training events (seed 000: PCSOs and Scrutiny Panel members together), who attended, personal development entries,
-- and the training a service agreement, scheme or area requires of the PCSOs attached there.

create table workforce_training_event (
    id               uuid primary key,
    title            varchar(200) not null,
    topic            varchar(200) not null,
    held_on          date         not null,
    venue            varchar(200),
    provider         varchar(200),
    invited_guests   text,
    owner_id         uuid         not null references organisation (id),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index workforce_training_event_topic_ix on workforce_training_event (lower(topic));

create table workforce_training_attendance (
    event_id  uuid        not null references workforce_training_event (id) on delete cascade,
    pcso_id   uuid        not null references workforce_pcso (id) on delete cascade,
    attended  boolean     not null,
    primary key (event_id, pcso_id)
);

-- A PCSO's personal development record: seen only by their force and by the PCSO.
create table workforce_development_entry (
    id           uuid primary key,
    pcso_id      uuid         not null references workforce_pcso (id) on delete cascade,
    entry_date   date         not null,
    kind         varchar(20)  not null check (kind in ('OBJECTIVE', 'REVIEW', 'COURSE', 'OBSERVATION', 'OTHER')),
    note         text         not null,
    written_by   varchar(200) not null,
    created_at   timestamptz  not null
);
create index workforce_development_entry_pcso_ix on workforce_development_entry (pcso_id, entry_date);

-- Training a PCSO needs before working under a service agreement, scheme or in an area: a topic and what requires it.
create table workforce_training_requirement (
    id           uuid primary key,
    topic        varchar(200) not null,
    required_by  varchar(300) not null,
    area_id      uuid references place (id),
    scheme_id    uuid references workforce_scheme (id),
    created_at   timestamptz  not null
);
