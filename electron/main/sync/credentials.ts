import * as fs from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SyncEnrolment } from '@shared/schemas/syncHost';

/** What enrolment gave this PC: the team, the device id, its bearer token and the pinned certificate. */
export const SyncCredentials = SyncEnrolment.extend({
  token: z.string().min(20).max(200),
  /** When the server said this device is revoked: from then on nothing is sent (join again). */
  revokedAt: z.number().nullable().optional(),
});
export type SyncCredentials = z.infer<typeof SyncCredentials>;

const FILE = 'team.json';

/** The saved enrolment, or null (never joined, left, or a damaged file: the PC joins again). */
export function loadCredentials(dir: string, warn: (m: string) => void = () => {}): SyncCredentials | null {
  let text: string;
  try {
    text = fs.readFileSync(join(dir, FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SyncCredentials.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: damaged
  }
  warn(`${join(dir, FILE)} is damaged; this PC is treated as not in a team`);
  return null;
}

/** Written atomically (temp file, rename), readable by this user only: the token is a secret. */
export function saveCredentials(dir: string, credentials: SyncCredentials): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(credentials), { mode: 0o600 });
  fs.renameSync(tmp, file);
  // The mode of writeFileSync is filtered by the umask: set it outright.
  fs.chmodSync(file, 0o600);
}

export function clearCredentials(dir: string): void {
  fs.rmSync(join(dir, FILE), { force: true });
}
