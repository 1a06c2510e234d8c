-- Team sync: the records every PC shares, the mutations that wrote them (for idempotency),
-- and the values that lost a merge (docs/team.md).

CREATE TABLE records (
  team_id text NOT NULL REFERENCES teams (id),
  tbl text NOT NULL,
  id text NOT NULL,
  -- The record as PCs store it, without id and deletedAt (those are columns).
  fields jsonb NOT NULL,
  -- Merge bookkeeping: per-field {v: version, d: device} of the last write, platformAt.
  meta jsonb NOT NULL,
  -- Server time of the delete; a tombstone is kept forever and wins.
  deleted_at bigint,
  version bigint NOT NULL,
  PRIMARY KEY (team_id, tbl, id)
);
-- Pulls read "version > cursor" in version order; a version belongs to one record write.
CREATE UNIQUE INDEX records_by_version ON records (team_id, version);

CREATE TABLE mutations (
  device_id text NOT NULL REFERENCES devices (id),
  mutation_id text NOT NULL,
  team_id text NOT NULL REFERENCES teams (id),
  tbl text NOT NULL,
  record_id text NOT NULL,
  -- The answer given the first time; a repeat of the mutation gets it again.
  result jsonb NOT NULL,
  version bigint,
  -- The PC's clock (clamped when far ahead): informative only.
  pc_at bigint NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, mutation_id)
);

CREATE TABLE conflicts (
  id bigserial PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  tbl text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  -- overwritten | status_forward_only | conflict_copy
  rule text NOT NULL,
  lost_value jsonb,
  winning_value jsonb,
  lost_version bigint,
  winning_version bigint,
  lost_device text,
  winning_device text,
  mutation_id text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conflicts_by_record ON conflicts (team_id, tbl, record_id);
