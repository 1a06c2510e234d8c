-- Teams, the PCs enrolled in them, and the one-time codes that enrol a PC.
-- Part 2 adds accounts (with roles) and sessions beside these; nothing here changes.

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  -- The team's version: one step per record written. Pushes take it under this row's lock,
  -- so versions are handed out in commit order and a pull by cursor never skips a row.
  version bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  name text NOT NULL,
  -- sha256 of the device's bearer token; the token itself is only ever on the PC.
  token_hash bytea NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_by_team ON devices (team_id);

CREATE TABLE enrol_codes (
  -- sha256 of the code as typed (normalised); a code is good once, until it expires.
  code_hash bytea PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id text REFERENCES devices (id)
);
