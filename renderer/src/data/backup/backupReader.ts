import { ProblemError, problem, type Problem } from '@shared/lib/problem';

/**
 * Reads a backup file piece by piece, never holding more than the piece at hand and the one
 * record it is in the middle of, and tells what it finds in order: the header, each table, each
 * row. Two layouts, told apart by the file itself:
 * - lines (written since the restore streams): the header object on the first line (with
 *   `"layout":"lines"`), then `["table","<name>"]` before each table's rows, one row object per
 *   line, and `["end",<rows>]` last — so a file cut short is told from a whole one;
 * - one JSON object (every older backup): `{…header…,"tables":{"<name>":[rows…],…}}`, walked
 *   here value by value: each row's text is found by scanning brackets and strings, then parsed
 *   on its own.
 * A syntax error throws a ProblemError of syntaxProblem; the caller reports it as the file's one problem.
 */
export type ReadEvent =
  /** `tables`: how the rows follow — lines, the one object's "tables", or not at all. */
  | { kind: 'header'; header: Record<string, unknown>; tables: 'lines' | 'object' | 'none' }
  | { kind: 'table'; name: string }
  /** `size`: the row's length in the file (characters), to bound what a batch holds. */
  | { kind: 'row'; table: string; row: unknown; size: number }
  /** A one-object file whose table is not a list of rows. */
  | { kind: 'notList'; table: string }
  /** The lines layout's last line: how many rows the writer wrote. */
  | { kind: 'end'; rows: number };

/**
 * A file that is not a backup's text: `notJson` (with where, for the log), or `backupTruncated`
 * for a lines file that ends before its closing line (cut short at a line break).
 */
export const syntaxProblem = (detail: string, truncated = false): Problem =>
  problem(truncated ? 'backupTruncated' : 'notJson', { params: { detail: detail.slice(0, 200) } });

/** Whether a caught error is the reader's: the file's one problem, not a failure of the app. */
export const isSyntaxError = (e: unknown): e is ProblemError => e instanceof ProblemError && (e.code === 'notJson' || e.code === 'backupTruncated');

export const LINES_LAYOUT = 'lines';

const WS = /[\s\uFEFF]/;

/** Where the one-object walk is: which container it is in and what it expects next. */
type Expect =
  | 'open' // the top-level '{'
  | 'key' // a key of the top object, or its '}'
  | 'colon'
  | 'value' // a header value
  | 'afterValue' // ',' or '}' in the top object
  | 'tablesOpen' // the '{' of "tables"
  | 'tableKey' // a table name, or the '}' closing "tables"
  | 'tableColon'
  | 'tableOpen' // the '[' of a table's rows
  | 'row' // a row, or the ']' closing the table
  | 'afterRow' // ',' or ']'
  | 'afterTable' // ',' or '}' in "tables"
  | 'done'; // after the top-level '}'

export class BackupReader {
  private buf = '';
  private pos = 0;
  /** Characters consumed before `buf` starts: for error offsets. */
  private base = 0;
  private state: Expect = 'open';
  private key = '';
  private table = '';
  private header: Record<string, unknown> = {};
  private lines = false;
  private lineNo = 1;
  private ended = false;
  private headerSent = false;
  /** A value being scanned across pieces: where it started and how far the scan got. */
  private scan: { start: number; at: number; depth: number; inString: boolean } | null = null;
  private out: ReadEvent[] = [];

  /** The events of this piece of text, in order. */
  feed(text: string): ReadEvent[] {
    this.buf = this.pos > 0 ? this.buf.slice(this.pos) + text : this.buf + text;
    if (this.scan) {
      this.scan.start -= this.pos;
      this.scan.at -= this.pos;
    }
    this.base += this.pos;
    this.pos = 0;
    this.out = [];
    if (this.lines) this.readLines(false);
    else this.walk();
    return this.out;
  }

  /** The end of the file: anything still open is a file cut short. */
  finish(): ReadEvent[] {
    this.out = [];
    if (this.lines) {
      this.readLines(true);
      if (!this.ended) throw new ProblemError(syntaxProblem(`the file ends after line ${this.lineNo - 1} without its closing line: it was cut short`, true));
    } else {
      this.walk();
      if (this.state !== 'done' || this.buf.slice(this.pos).trim() !== '') throw new ProblemError(syntaxProblem('Unexpected end of JSON input'));
    }
    return this.out;
  }

  private fail(what: string): never {
    throw new ProblemError(syntaxProblem(`${what} at position ${this.base + this.pos}`));
  }

  private readLines(atEnd: boolean): void {
    for (;;) {
      const nl = this.buf.indexOf('\n', this.pos);
      if (nl < 0 && !atEnd) return;
      const line = this.buf.slice(this.pos, nl < 0 ? this.buf.length : nl).trim();
      this.pos = nl < 0 ? this.buf.length : nl + 1;
      if (line !== '') this.line(line);
      this.lineNo += 1;
      if (nl < 0) return;
    }
  }

  private line(text: string): void {
    if (this.ended) throw new ProblemError(syntaxProblem(`line ${this.lineNo}: text after the closing line`));
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ProblemError(syntaxProblem(`line ${this.lineNo}: ${e instanceof Error ? e.message : String(e)}`));
    }
    if (Array.isArray(value)) {
      if (value[0] === 'table' && typeof value[1] === 'string') {
        this.table = value[1];
        this.out.push({ kind: 'table', name: value[1] });
      } else if (value[0] === 'end' && typeof value[1] === 'number') {
        this.ended = true;
        this.out.push({ kind: 'end', rows: value[1] });
      } else throw new ProblemError(syntaxProblem(`line ${this.lineNo}: not a row, a table or the closing line`));
    } else if (this.table === '') throw new ProblemError(syntaxProblem(`line ${this.lineNo}: a row before any table`));
    else this.out.push({ kind: 'row', table: this.table, row: value, size: text.length });
  }

  private skipWs(): boolean {
    while (this.pos < this.buf.length && WS.test(this.buf.charAt(this.pos))) this.pos += 1;
    return this.pos < this.buf.length;
  }

  /** Consumes one expected punctuation character, or says which other one came. */
  private punct(): string | null {
    if (!this.skipWs()) return null;
    const c = this.buf.charAt(this.pos);
    this.pos += 1;
    return c;
  }

  /** The text of the next whole JSON value, or null when the buffer ends inside it. */
  private value(): string | null {
    if (!this.scan) {
      if (!this.skipWs()) return null;
      this.scan = { start: this.pos, at: this.pos, depth: 0, inString: false };
    }
    const s = this.scan;
    const buf = this.buf;
    let i = s.at;
    for (;;) {
      if (s.inString) {
        const q = buf.indexOf('"', i);
        if (q < 0) {
          s.at = buf.length;
          return null;
        }
        let slashes = 0;
        for (let j = q - 1; j >= s.start && buf.charCodeAt(j) === 92; j -= 1) slashes += 1;
        i = q + 1;
        if (slashes % 2 === 0) {
          s.inString = false;
          if (s.depth === 0) break;
        }
        continue;
      }
      if (i >= buf.length) {
        s.at = i;
        return null;
      }
      const c = buf.charCodeAt(i);
      if (c === 34) s.inString = true;
      else if (c === 123 || c === 91) s.depth += 1;
      else if (c === 125 || c === 93) {
        if (s.depth === 0) break; // a bare value ended by its container
        s.depth -= 1;
        if (s.depth === 0) {
          i += 1;
          break;
        }
      } else if (s.depth === 0 && (c === 44 || WS.test(buf.charAt(i)))) break;
      i += 1;
    }
    const text = buf.slice(s.start, i);
    this.scan = null;
    this.pos = i;
    return text;
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  private walk(): void {
    for (;;) {
      switch (this.state) {
        case 'open': {
          const c = this.punct();
          if (c === null) return;
          if (c !== '{') this.fail(`Unexpected token '${c}'`);
          this.state = 'key';
          break;
        }
        case 'key':
        case 'tableKey': {
          if (!this.skipWs()) return;
          if (this.buf.charAt(this.pos) === '}') {
            this.pos += 1;
            if (this.state === 'key') return this.closeTop();
            this.state = 'afterValue';
            break;
          }
          const text = this.value();
          if (text === null) return;
          const key = this.parse(text);
          if (typeof key !== 'string') this.fail('Expected a property name');
          if (this.state === 'key') {
            this.key = key;
            this.state = 'colon';
          } else {
            this.table = key;
            this.state = 'tableColon';
          }
          break;
        }
        case 'colon':
        case 'tableColon': {
          const c = this.punct();
          if (c === null) return;
          if (c !== ':') this.fail(`Expected ':' but found '${c}'`);
          this.state = this.state === 'colon' ? (this.key === 'tables' ? 'tablesOpen' : 'value') : 'tableOpen';
          break;
        }
        case 'value': {
          const text = this.value();
          if (text === null) return;
          this.header[this.key] = this.parse(text);
          this.state = 'afterValue';
          break;
        }
        case 'tablesOpen': {
          if (!this.skipWs()) return;
          if (this.buf.charAt(this.pos) !== '{') {
            // Not an object of tables: kept as a header value for the checker to name.
            this.state = 'value';
            break;
          }
          this.pos += 1;
          this.sendHeader('object');
          this.state = 'tableKey';
          break;
        }
        case 'tableOpen': {
          if (!this.skipWs()) return;
          if (this.buf.charAt(this.pos) !== '[') {
            const text = this.value();
            if (text === null) return;
            this.parse(text);
            this.out.push({ kind: 'notList', table: this.table });
            this.state = 'afterTable';
            break;
          }
          this.pos += 1;
          this.out.push({ kind: 'table', name: this.table });
          this.state = 'row';
          break;
        }
        case 'row': {
          if (!this.skipWs()) return;
          if (this.buf.charAt(this.pos) === ']') {
            this.pos += 1;
            this.state = 'afterTable';
            break;
          }
          const text = this.value();
          if (text === null) return;
          this.out.push({ kind: 'row', table: this.table, row: this.parse(text), size: text.length });
          this.state = 'afterRow';
          break;
        }
        case 'afterRow': {
          const c = this.punct();
          if (c === null) return;
          if (c === ',') this.state = 'row';
          else if (c === ']') this.state = 'afterTable';
          else this.fail(`Expected ',' or ']' after a row but found '${c}'`);
          break;
        }
        case 'afterTable': {
          const c = this.punct();
          if (c === null) return;
          if (c === ',') this.state = 'tableKey';
          else if (c === '}') this.state = 'afterValue';
          else this.fail(`Expected ',' or '}' after a table but found '${c}'`);
          break;
        }
        case 'afterValue': {
          const c = this.punct();
          if (c === null) return;
          if (c === ',') this.state = 'key';
          else if (c === '}') return this.closeTop();
          else this.fail(`Expected ',' or '}' but found '${c}'`);
          break;
        }
        case 'done':
          if (this.skipWs()) this.fail('Unexpected text after the end of the file');
          return;
      }
    }
  }

  private sendHeader(tables: 'lines' | 'object' | 'none'): void {
    if (this.headerSent) return;
    this.headerSent = true;
    this.out.push({ kind: 'header', header: this.header, tables });
  }

  /** The top object closed: the lines layout's header line, or the end of a one-object file. */
  private closeTop(): void {
    this.state = 'done';
    const lines = this.header['layout'] === LINES_LAYOUT && !('tables' in this.header);
    this.sendHeader(lines ? 'lines' : 'none');
    if (lines) {
      this.lines = true;
      this.lineNo = 1;
      this.readLines(false);
    } else if (this.skipWs()) this.fail('Unexpected text after the end of the file');
  }
}
