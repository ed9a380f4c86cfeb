-- The audit trail: append-only and hash-chained. The database itself refuses to change or remove a row.

create table audit_event (
    seq                    bigint generated always as identity primary key,
    id                     uuid         not null unique,
    occurred_at            timestamptz  not null,
    actor_kind             varchar(20)  not null check (actor_kind in ('USER', 'API_KEY', 'SYSTEM', 'ANONYMOUS')),
    actor_id               uuid,
    actor_name             varchar(200),
    actor_organisation_id  uuid,
    source_address         varchar(64),
    action                 varchar(40)  not null,
    record_type            varchar(60),
    record_id              varchar(100),
    summary                text         not null,
    changes                text,
    previous_hash          char(64)     not null,
    hash                   char(64)     not null unique
);
create index audit_event_occurred_ix on audit_event (occurred_at);
create index audit_event_record_ix on audit_event (record_type, record_id);
create index audit_event_actor_ix on audit_event (actor_id);
create index audit_event_action_ix on audit_event (action);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
