import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './respond';

/** A route's handler; what it returns goes into the request's log line. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<{ device?: string } | void>;

/** A shared wire schema's verdict as a 400 naming the first bad field. */
export type Schema<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } } };

export function parse<T>(schema: Schema<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HttpError(400, 'invalid_request', issue?.message ?? 'invalid request', issue?.path.length ? issue.path.join('.') : null);
}
