-- The audit trail: one row per write through the API (and per refused attempt), append-only. Each
-- row carries the SHA-256 of the previous row's hash and its own content, so an edited or removed
-- row breaks the chain (GET /api/v1/audit/verify). In production grant the application role only
-- INSERT and SELECT on this table.
create table audit_record (
  id            bigint primary key,
  at            timestamp with time zone not null,
  actor         varchar(64) not null,
  roles         varchar(256) not null,
  source        varchar(64),
  action        varchar(160) not null,
  entity_type   varchar(32),
  entity_id     varchar(128),
  customer_id   bigint,
  status        int not null,
  request       text,
  before_state  text,
  after_state   text,
  prev_hash     varchar(64) not null,
  hash          varchar(64) not null
);
create index audit_record_actor_ix on audit_record (actor, id);
create index audit_record_entity_ix on audit_record (entity_type, entity_id, id);
create index audit_record_customer_ix on audit_record (customer_id, id);
create index audit_record_at_ix on audit_record (at);

-- The head of the chain: every append locks this row, reads the last id and hash, inserts its batch
-- and moves the head, in one transaction, so that appends from any number of processes form one chain.
create table audit_chain_head (
  id         int primary key,
  last_id    bigint not null,
  last_hash  varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
