import type { IncomingMessage } from 'node:http';
import { containsNul } from '@shared/domain/sync';
import { HttpError } from './respond';

/** A push of 500 mutations of ordinary records fits easily; a 500 KB note still fits. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The request's JSON body: 413 past the limit (declared or streamed), 415 when it is not
 * JSON, 400 with the parser's reason when it does not parse, or holds U+0000 (which
 * PostgreSQL text cannot store).
 */
export async function readJson(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send application/json');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) throw new HttpError(413, 'body_too_large', `at most ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'body_too_large', `at most ${limit} bytes`);
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new HttpError(400, 'bad_json', `the body is not JSON: ${(e as Error).message}`);
  }
  if (containsNul(value)) throw new HttpError(400, 'bad_json', 'text with a NUL character');
  return value;
}
