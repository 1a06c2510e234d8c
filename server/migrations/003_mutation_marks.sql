-- Idempotency without keeping every mutation id for ever (docs/team.md, "Pruning").
-- A PC's mutation ids end in a number that only grows on that PC ("<store device>.<log seq>"):
-- once the server has pruned a device's old answers, everything of that device and prefix
-- numbered up to `pruned_through` is known to be an old repeat, answered without a row each.

ALTER TABLE mutations ADD COLUMN prefix text;
ALTER TABLE mutations ADD COLUMN seq bigint;
-- The trailing number (at most 15 digits, so it fits a JS number) and everything before its
-- significant digits (server/sync/prune.ts parses new ids the same way).
UPDATE mutations SET seq = substring(mutation_id from '(\d{1,15})$')::bigint WHERE mutation_id ~ '\d$';
UPDATE mutations SET prefix = left(mutation_id, length(mutation_id) - length(seq::text)) WHERE seq IS NOT NULL;
CREATE INDEX mutations_by_seq ON mutations (device_id, prefix, seq) WHERE seq IS NOT NULL;

CREATE TABLE mutation_marks (
  device_id text NOT NULL REFERENCES devices (id),
  prefix text NOT NULL,
  -- Every mutation of this device and prefix numbered up to here was answered long ago and pruned.
  pruned_through bigint NOT NULL,
  PRIMARY KEY (device_id, prefix)
);
