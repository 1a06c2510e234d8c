-- Part 2: who is at the keyboard. Accounts (工号 + scrypt password hash, role), the sessions
-- a device opens for them, failed sign-ins (rate limit and lockout), and the reveal audit.

CREATE TABLE accounts (
  -- The id of the account's `agents` record: what mutations name as agentId.
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  employee_no text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'supervisor')),
  -- "scrypt$N$r$p$salt$hash" (base64url): the password itself is never stored.
  password_hash text NOT NULL,
  -- Consecutive failures since the last success; at the limit the account is locked a while.
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz,
  UNIQUE (team_id, employee_no)
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  -- sha256 of the session token; the token itself is only ever on the PC (in the host, never the page).
  token_hash bytea NOT NULL UNIQUE,
  account_id text NOT NULL REFERENCES accounts (id),
  -- A session is good on the device that opened it only.
  device_id text NOT NULL REFERENCES devices (id),
  team_id text NOT NULL REFERENCES teams (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX sessions_by_account ON sessions (account_id);
CREATE INDEX sessions_by_device ON sessions (device_id);

-- Every failed sign-in, also for a 工号 that does not exist: a device guessing is slowed down
-- whatever it guesses.
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  device_id text NOT NULL REFERENCES devices (id),
  employee_no text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_by_device ON sign_in_failures (device_id, at);

-- A buyer's full phone or address handed to a PC: who, where, which record, when.
CREATE TABLE reveal_audit (
  id bigserial PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams (id),
  account_id text NOT NULL REFERENCES accounts (id),
  device_id text NOT NULL REFERENCES devices (id),
  tbl text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reveal_audit_by_team ON reveal_audit (team_id, at);
