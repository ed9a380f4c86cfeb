-- The audit trail no longer chains an event while the request that wrote it holds a lock: a request appends its event
-- (with the change, in the same transaction) and queues it; a sealer takes the queue shortly after the commit and
-- links each event into the hash chain, in the order it seals them. The seals are as append-only as the events.

create table audit_seal (
    position       bigint       primary key,
    event_seq      bigint       not null unique,
    previous_hash  char(64)     not null,
    hash           char(64)     not null unique,
    sealed_at      timestamptz  not null default now()
);

-- No foreign keys to audit_event: they would let TRUNCATE fail before its append-only trigger speaks, and the
-- verification reports a seal whose event is missing.

-- The chain so far: every existing event was chained in the order of its sequence number.
insert into audit_seal (position, event_seq, previous_hash, hash, sealed_at)
select seq, seq, previous_hash, hash, occurred_at from audit_event order by seq;

alter table audit_event drop column previous_hash;
alter table audit_event drop column hash;

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_event_is_append_only();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_event_is_append_only();

-- Events written but not yet sealed: a queue, emptied by the sealer in the transaction that seals them. An event
-- whose writer commits is in this queue until sealed, whatever happens to the process.
create table audit_unsealed (
    event_seq  bigint  primary key
);
