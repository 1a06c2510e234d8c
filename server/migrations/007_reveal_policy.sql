-- Full phone/address by role (issue 13 §6): the roles the shop lets receive them, set by a
-- supervisor. Both roles until then (a single PC's behaviour). The reveal audit (004) gets the
-- time the PC revealed at and the mutation it came with, so a repeated push is audited once.
ALTER TABLE teams ADD COLUMN reveal_roles text[] NOT NULL DEFAULT ARRAY['agent', 'supervisor']::text[];
ALTER TABLE reveal_audit ADD COLUMN pc_at bigint;
ALTER TABLE reveal_audit ADD COLUMN audit_id text;
CREATE UNIQUE INDEX reveal_audit_once ON reveal_audit (team_id, audit_id) WHERE audit_id IS NOT NULL;
