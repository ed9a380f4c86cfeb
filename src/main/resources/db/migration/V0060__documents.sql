-- The partnership's agreements and protocols: the register of documents, their numbered versions, circulation and
-- consultation comments, approvals by the named body, reviews, attachments and service-agreement pilots.

create table document (
    id                      uuid primary key,
    type                    varchar(30)  not null check (type in ('MEMORANDUM_OF_UNDERSTANDING', 'GOVERNANCE_PROTOCOL',
                                'SERVICE_AGREEMENT', 'PROTOCOL', 'POLICY_STATEMENT', 'TERMS_OF_REFERENCE', 'PLAN',
                                'OTHER')),
    title                   varchar(300) not null,
    summary                 varchar(2000),
    owning_organisation_id  uuid         not null references organisation (id),
    handling_level          varchar(12)  not null check (handling_level in ('PUBLIC', 'PARTNERSHIP', 'AGENCY',
                                'POLICE_ONLY')),
    approving_body_id       uuid references partnership_body (id),
    status                  varchar(16)  not null check (status in ('DRAFT', 'IN_CONSULTATION', 'APPROVED',
                                'IN_FORCE', 'UNDER_REVIEW', 'SUPERSEDED', 'WITHDRAWN')),
    -- a protocol derives from a memorandum; a service agreement sits under a governance protocol
    parent_id               uuid references document (id),
    supersedes_id           uuid references document (id),
    review_period_months    integer check (review_period_months between 1 and 120),
    next_review_on          date,
    in_force_from           date,
    published_at            timestamptz,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    constraint document_not_own_parent check (parent_id is null or parent_id <> id),
    constraint document_not_own_successor check (supersedes_id is null or supersedes_id <> id)
);
create index document_parent_ix on document (parent_id);
create index document_next_review_ix on document (next_review_on) where status in ('APPROVED', 'IN_FORCE', 'UNDER_REVIEW');

create table document_party (
    document_id      uuid not null references document (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (document_id, organisation_id)
);

create table document_owner (
    document_id  uuid    not null references document (id) on delete cascade,
    person_id    uuid    not null references person (id),
    position     integer not null,
    primary key (document_id, person_id)
);

-- Draft 1.0, 1.1 ... and Version 2.0 on approval. A version is frozen once circulated or approved: its content can
-- no longer change (the trigger below enforces it), and the next edit makes a new draft.
create table document_version (
    id           uuid primary key,
    document_id  uuid         not null references document (id) on delete cascade,
    major        integer      not null check (major >= 0),
    minor        integer      not null check (minor >= 0),
    approved     boolean      not null,
    frozen       boolean      not null,
    content      text         not null,
    change_note  varchar(500),
    written_by   varchar(200) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint document_version_number_uq unique (document_id, major, minor),
    constraint document_version_approved_frozen check (not approved or frozen)
);

create function document_version_frozen_content() returns trigger
    language plpgsql as $$
begin
    if old.frozen and (new.content is distinct from old.content or new.major <> old.major
            or new.minor <> old.minor or not new.frozen) then
        raise exception 'document version % is frozen', old.id;
    end if;
    return new;
end;
$$;
create trigger document_version_frozen before update on document_version
    for each row execute function document_version_frozen_content();

-- Every circulation of a draft: for comment (with a closing date), for information, or to the approving body for
-- approval. Month precision keeps the seeds' "October 2011".
create table document_circulation (
    id               uuid primary key,
    document_id      uuid         not null references document (id) on delete cascade,
    version_id       uuid         not null references document_version (id),
    purpose          varchar(12)  not null check (purpose in ('COMMENT', 'INFORMATION', 'APPROVAL')),
    sent_on          date         not null,
    month_only       boolean      not null default false,
    recipients_label varchar(300) not null,
    closes_on        date,
    note             varchar(1000),
    recorded_at      timestamptz  not null,
    recorded_by      varchar(200) not null,
    constraint document_circulation_closing check (purpose <> 'COMMENT' or closes_on is not null),
    constraint document_circulation_closes_after check (closes_on is null or closes_on >= sent_on)
);
create index document_circulation_document_ix on document_circulation (document_id, sent_on);

create table document_circulation_recipient (
    circulation_id   uuid not null references document_circulation (id) on delete cascade,
    position         integer not null,
    organisation_id  uuid references organisation (id),
    body_id          uuid references partnership_body (id),
    primary key (circulation_id, position),
    constraint document_recipient_one check ((organisation_id is null) <> (body_id is null))
);

create table document_comment (
    id                         uuid primary key,
    circulation_id             uuid         not null references document_circulation (id) on delete cascade,
    section_ref                varchar(60),
    section_label              varchar(300),
    commenter_organisation_id  uuid references organisation (id),
    commenter_body_id          uuid references partnership_body (id),
    text                       text         not null,
    received_on                date         not null,
    recorded_at                timestamptz  not null,
    recorded_by                varchar(200) not null,
    constraint document_comment_commenter check ((commenter_organisation_id is null) <> (commenter_body_id is null))
);
create index document_comment_circulation_ix on document_comment (circulation_id);

-- An approval: the draft approved, the Version N.0 it became, and the approving body's decision at a meeting or a
-- delegated decision naming who took it.
create table document_approval (
    id                 uuid primary key,
    document_id        uuid         not null references document (id) on delete cascade,
    draft_version_id   uuid         not null references document_version (id),
    version_id         uuid         not null unique references document_version (id),
    body_id            uuid         not null references partnership_body (id),
    meeting_id         uuid references meeting (id),
    decision_id        uuid references meeting_decision (id),
    delegated_to       varchar(200),
    decided_on         date         not null,
    recorded_at        timestamptz  not null,
    recorded_by        varchar(200) not null,
    constraint document_approval_how check ((meeting_id is not null) <> (delegated_to is not null))
);

create table document_review (
    id           uuid primary key,
    document_id  uuid         not null references document (id) on delete cascade,
    due_on       date,
    reviewed_on  date         not null,
    outcome      varchar(10)  not null check (outcome in ('NO_CHANGE', 'REVISE', 'WITHDRAW')),
    note         varchar(2000),
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null
);
create index document_review_document_ix on document_review (document_id, reviewed_on);

-- A reminder to the owners that a review is coming, made once per review date by the nightly job.
create table document_review_reminder (
    document_id  uuid        not null references document (id) on delete cascade,
    due_on       date        not null,
    reminded_at  timestamptz not null,
    primary key (document_id, due_on)
);

create table document_attachment (
    id            uuid primary key,
    document_id   uuid         not null references document (id) on delete cascade,
    version_id    uuid references document_version (id) on delete set null,
    title         varchar(300) not null,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(200) not null
);
create index document_attachment_document_ix on document_attachment (document_id);

-- What a service agreement delivers: the council service, the powers used, who delivers it and how they refer.
create table service_agreement (
    document_id        uuid primary key references document (id) on delete cascade,
    council_service    varchar(200) not null,
    powers             varchar(2000),
    delivering_role    varchar(100) not null,
    duties             varchar(4000),
    referral           varchar(2000),
    training_required  varchar(2000),
    updated_at         timestamptz  not null
);

create table service_agreement_pilot (
    id                   uuid primary key,
    document_id          uuid          not null references service_agreement (document_id) on delete cascade,
    place_id             uuid          not null references place (id),
    starts_on            date          not null,
    ends_on              date          not null,
    evaluation_criteria  varchar(4000) not null,
    evaluated_on         date,
    evaluation_result    varchar(4000),
    successful           boolean,
    recorded_at          timestamptz   not null,
    constraint service_agreement_pilot_period check (ends_on >= starts_on),
    constraint service_agreement_pilot_evaluated check ((evaluated_on is null) = (evaluation_result is null)
        and (evaluated_on is null) = (successful is null))
);
create index service_agreement_pilot_document_ix on service_agreement_pilot (document_id);

create table service_agreement_rollout (
    document_id  uuid         not null references service_agreement (document_id) on delete cascade,
    place_id     uuid         not null references place (id),
    from_on      date         not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null,
    primary key (document_id, place_id)
);
