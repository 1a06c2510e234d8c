-- Part 2: buyer-facing work claimed with a lease, so two PCs never both answer one buyer or
-- chase one order. One row per piece of work; a lease past expires_at is free to take.

CREATE TABLE claims (
  team_id text NOT NULL REFERENCES teams (id),
  -- conversation (a waiting buyer) | reminder (a 催付 step of an order) | review (a 中差评 contact)
  kind text NOT NULL,
  target text NOT NULL,
  account_id text NOT NULL REFERENCES accounts (id),
  device_id text NOT NULL REFERENCES devices (id),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  expires_at bigint NOT NULL,
  PRIMARY KEY (team_id, kind, target)
);

-- Who was last seen where and how (online / busy / away), for the supervisor's 团队 tab.
CREATE TABLE presence (
  account_id text PRIMARY KEY REFERENCES accounts (id),
  team_id text NOT NULL REFERENCES teams (id),
  device_id text NOT NULL REFERENCES devices (id),
  state text NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX presence_by_team ON presence (team_id);
