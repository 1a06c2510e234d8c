-- Revoking a device (docs/team.md "Devices"): who did it, and the list a supervisor reads.
-- revoked_at (001) stays the one fact every request checks; a revoked device stays listed.
ALTER TABLE devices ADD COLUMN revoked_by text;
