/** About 2 M characters a piece: at most 6 MB of UTF-8, under the 8 MB a host call takes. */
export const CHUNK_CHARS = 2 * 1024 * 1024;

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
    if (!rows.length) return;
    this.write(`${this.rowsInTable ? ',' : ''}${JSON.stringify(rows).slice(1, -1)}`);
    this.rowsInTable += rows.length;
  }

  end(): void {
    this.write(`${this.tables ? ']' : ''}\n}}\n`);
    this.flush();
  }

  private flush(): void {
    if (!this.size) return;
    this.emit(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
