-- Intake: reports from residents through Open311 GeoReport v2 clients (FixMyStreet and others), each placed in its
-- ward and areas, routed by its service to the organisation responsible there, and followed by status updates.

-- The services residents may report (the Open311 service list). Coordinators keep the list; the seed below is the
-- partnership's starting set. responsibility: which kind of organisation deals with it where the report lies.
create table intake_service (
    code            varchar(40)  primary key check (code ~ '^[A-Za-z0-9_-]+$'),
    name            varchar(200) not null,
    description     varchar(1000),
    group_name      varchar(200) not null,
    keywords        varchar(500),
    type            varchar(10)  not null default 'realtime' check (type in ('realtime', 'batch', 'blackbox')),
    responsibility  varchar(40)  not null check (responsibility in ('COUNCIL', 'NEIGHBOURHOOD_POLICING_TEAM')),
    position        integer      not null,
    active          boolean      not null default true
);

-- The extra questions of a service (Open311 service definition attributes).
create table intake_service_attribute (
    service_code          varchar(40)  not null references intake_service (code) on delete cascade,
    code                  varchar(60)  not null,
    position              integer      not null,
    variable              boolean      not null default true,
    datatype              varchar(20)  not null check (datatype in (
                              'string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required              boolean      not null default false,
    datatype_description  varchar(500),
    description           varchar(500) not null,
    primary key (service_code, code)
);

create table intake_attribute_value (
    service_code    varchar(40)  not null,
    attribute_code  varchar(60)  not null,
    key             varchar(60)  not null,
    name            varchar(200) not null,
    position        integer      not null,
    primary key (service_code, attribute_code, key),
    foreign key (service_code, attribute_code) references intake_service_attribute (service_code, code)
        on delete cascade
);

-- Who deals with a kind of service in a place (a ward, an area or a district): the most specific place wins.
create table intake_route (
    place_id         uuid        not null references place (id) on delete cascade,
    responsibility   varchar(40) not null check (responsibility in ('COUNCIL', 'NEIGHBOURHOOD_POLICING_TEAM')),
    organisation_id  uuid        not null references organisation (id),
    primary key (place_id, responsibility)
);

-- A report (Open311 service request). Its number is its public service_request_id; token is what a batch client
-- polls tokens/{token} with. No personal data here: see intake_reporter.
create table intake_request (
    id                       bigint        generated always as identity (start with 100001) primary key,
    token                    uuid          not null unique,
    service_code             varchar(40)   not null references intake_service (code),
    jurisdiction_id          varchar(100),
    status                   varchar(10)   not null default 'open' check (status in ('open', 'closed')),
    status_notes             varchar(1000),
    latitude                 double precision check (latitude is null or latitude between -90 and 90),
    longitude                double precision check (longitude is null or longitude between -180 and 180),
    address_string           varchar(500),
    address_id               varchar(100),
    ward_id                  uuid references place (id) on delete set null,
    routed_organisation_id   uuid references organisation (id),
    -- The officer of the routed organisation a report is assigned to on the intake queue.
    assigned_person_id       uuid references person (id),
    description              varchar(4000),
    media_url                varchar(1000),
    likely_duplicate_of      bigint references intake_request (id),
    -- Linking a report to a tasking priority comes with the tasking module; no code sets it yet.
    priority_id              uuid,
    -- The API key it came with; null for the demonstration's reports, loaded without one.
    submitted_by_api_key     uuid,
    requested_at             timestamptz   not null,
    updated_at               timestamptz   not null,
    constraint intake_request_located check (latitude is not null or address_string is not null
                                             or address_id is not null),
    constraint intake_request_point check ((latitude is null) = (longitude is null))
);
create index intake_request_requested_ix on intake_request (requested_at);
create index intake_request_nearby_ix on intake_request (service_code, requested_at, latitude);
create index intake_request_routed_ix on intake_request (routed_organisation_id, status);

-- Every place holding the report's point (its ward, LSOA, district and the areas made of wards).
create table intake_request_place (
    request_id  bigint not null references intake_request (id) on delete cascade,
    place_id    uuid   not null references place (id) on delete cascade,
    primary key (request_id, place_id)
);

create table intake_request_attribute (
    request_id  bigint        not null references intake_request (id) on delete cascade,
    code        varchar(60)   not null,
    value       varchar(1000) not null,
    primary key (request_id, code, value)
);

-- The reporter's personal data, kept apart: seen only by the organisation handling the report, never in Open311
-- responses, public pages or open data.
create table intake_reporter (
    request_id  bigint primary key references intake_request (id) on delete cascade,
    email       varchar(200),
    device_id   varchar(200),
    account_id  varchar(200),
    first_name  varchar(100),
    last_name   varchar(100),
    phone       varchar(40)
);

-- Status updates (FixMyStreet's servicerequestupdates). update_id orders them for clients; a request's state is
-- the update with the latest updated_at, so an older update arriving late never overwrites a newer state.
create table intake_update (
    update_id           bigint        generated always as identity (start with 500001) primary key,
    request_id          bigint        not null references intake_request (id) on delete cascade,
    status              varchar(10)   not null check (status in ('open', 'closed')),
    description         varchar(4000),
    media_url           varchar(1000),
    external_update_id  varchar(100),
    source              varchar(20)   not null check (source in ('CLIENT', 'STAFF', 'INTAKE')),
    updated_at          timestamptz   not null,
    recorded_at         timestamptz   not null
);
create index intake_update_recorded_ix on intake_update (recorded_at);
create index intake_update_request_ix on intake_update (request_id, updated_at);

-- The starting service list: environmental services go to the council, anti-social behaviour to the neighbourhood
-- policing team of the place.
insert into intake_service (code, name, description, group_name, keywords, type, responsibility, position) values
    ('GRAF', 'Graffiti', 'Graffiti on walls, street furniture or other property in a public place.',
     'Street scene', 'graffiti, tagging, vandalism, spray paint', 'realtime', 'COUNCIL', 1),
    ('FLY', 'Fly-tipping', 'Rubbish, furniture or waste dumped illegally on land or the highway.',
     'Street scene', 'fly-tipping, dumping, rubbish, waste', 'realtime', 'COUNCIL', 2),
    ('LITTER', 'Litter', 'Litter on a street, verge, park or other public land.',
     'Street scene', 'litter, rubbish, bins, street cleaning', 'realtime', 'COUNCIL', 3),
    ('ABVEH', 'Abandoned vehicle', 'A vehicle that appears to have been left on the highway or public land.',
     'Vehicles', 'abandoned vehicle, car, untaxed, dumped car', 'realtime', 'COUNCIL', 4),
    ('DOG', 'Dog fouling', 'Dog mess left on a pavement, park or other public place.',
     'Street scene', 'dog fouling, dog mess, dog waste', 'realtime', 'COUNCIL', 5),
    ('NOISE', 'Noise nuisance', 'Persistent noise from a home, business or the street.',
     'Environmental health', 'noise, loud music, nuisance', 'realtime', 'COUNCIL', 6),
    ('ASB', 'Anti-social behaviour', 'Groups causing nuisance, intimidation or damage in a public place.',
     'Community safety', 'anti-social behaviour, asb, nuisance, youths, intimidation', 'realtime',
     'NEIGHBOURHOOD_POLICING_TEAM', 7);

insert into intake_service_attribute (service_code, code, position, variable, datatype, required, description) values
    ('GRAF', 'offensive', 1, true, 'singlevaluelist', true, 'Is the graffiti offensive or racist?'),
    ('FLY', 'waste_type', 1, true, 'singlevaluelist', true, 'What has been dumped?'),
    ('ABVEH', 'registration', 1, true, 'string', false, 'The vehicle''s registration number, if you can see it'),
    ('ASB', 'ongoing', 1, true, 'singlevaluelist', false, 'Is it happening now?');

insert into intake_attribute_value (service_code, attribute_code, key, name, position) values
    ('GRAF', 'offensive', 'yes', 'Yes', 1),
    ('GRAF', 'offensive', 'no', 'No', 2),
    ('FLY', 'waste_type', 'household', 'Household waste', 1),
    ('FLY', 'waste_type', 'rubble', 'Builders'' rubble', 2),
    ('FLY', 'waste_type', 'tyres', 'Tyres', 3),
    ('FLY', 'waste_type', 'white_goods', 'Fridges, freezers or other white goods', 4),
    ('FLY', 'waste_type', 'other', 'Something else', 5),
    ('ASB', 'ongoing', 'yes', 'Yes', 1),
    ('ASB', 'ongoing', 'no', 'No', 2);
