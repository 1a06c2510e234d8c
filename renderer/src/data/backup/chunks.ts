/** About 2 M characters a piece: at most 6 MB of UTF-8, under the 8 MB a host call takes. */
export const CHUNK_CHARS = 2 * 1024 * 1024;
/** Rows turned into text at once: a bounded string whatever the caller hands in. */
const ROWS_PER_WRITE = 1000;

/**
 * Builds the backup's JSON text (`{header…,"tables":{"name":[rows…],…}}`) in pieces, handing
 * each on as soon as it is big enough, so the whole file never exists as one string.
 */
export class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  private tables = 0;
  private rowsInTable = 0;

  constructor(private readonly emit: (text: string) => void) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Opens the next table's list (closing the previous one). */
  table(name: string): void {
    this.write(`${this.tables ? '],\n' : '\n'}${JSON.stringify(name)}:[`);
    this.tables += 1;
    this.rowsInTable = 0;
  }

  rows(rows: unknown[]): void {
    for (let i = 0; i < rows.length; i += ROWS_PER_WRITE) {
      const slice = rows.slice(i, i + ROWS_PER_WRITE);
      this.write(`${this.rowsInTable ? ',' : ''}${JSON.stringify(slice).slice(1, -1)}`);
      this.rowsInTable += slice.length;
    }
  }

  end(): void {
    this.write(`${this.tables ? ']' : ''}\n}}\n`);
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
