import { LINES_LAYOUT } from './backupReader';

/** About 2 M characters a piece: at most 6 MB of UTF-8, under the 8 MB a host call takes. */
export const CHUNK_CHARS = 2 * 1024 * 1024;
/** Rows turned into text at once: a bounded string whatever the caller hands in. */
const ROWS_PER_WRITE = 1000;

/**
 * Builds the backup file's text in the lines layout (see BackupReader): the header on the
 * first line, then `["table","<name>"]` and one row per line for each table, and `["end",n]`
 * last. It hands each piece on as soon as it is big enough, so the whole file never exists as
 * one string, and a restore can read it back a line at a time.
 */
export class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  private count = 0;

  constructor(private readonly emit: (text: string) => void) {}

  /** The header line (an object: `layout` is added, so a reader knows the rows follow as lines). */
  header(header: object): void {
    this.write(`${JSON.stringify({ ...header, layout: LINES_LAYOUT })}\n`);
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Starts the next table's rows. */
  table(name: string): void {
    this.write(`${JSON.stringify(['table', name])}\n`);
  }

  rows(rows: unknown[]): void {
    for (let i = 0; i < rows.length; i += ROWS_PER_WRITE) {
      const slice = rows.slice(i, i + ROWS_PER_WRITE);
      // JSON escapes every line break inside a string, so a row is always one line.
      this.write(`${slice.map((r) => JSON.stringify(r)).join('\n')}\n`);
      this.count += slice.length;
    }
  }

  /** The closing line, with the number of rows: a file cut short at a line break is told from a whole one. */
  end(): void {
    this.write(`${JSON.stringify(['end', this.count])}\n`);
    this.flush();
  }

  /** Hands on what is buffered in pieces of at most CHUNK_CHARS (one photo can be bigger). */
  private flush(): void {
    if (!this.size) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    for (let i = 0; i < text.length;) {
      let end = Math.min(i + CHUNK_CHARS, text.length);
      // Never between the two halves of a surrogate pair: each piece is encoded on its own.
      if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
      this.emit(text.slice(i, end));
      i = end;
    }
  }
}
