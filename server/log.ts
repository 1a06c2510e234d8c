/** One JSON object per line on stdout: what log collectors (journald, docker, Loki) read best. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(line), base: LogFields = {}): Logger {
  const emit = (level: string, msg: string, fields: LogFields = {}) => {
    const err = fields.err instanceof Error ? { err: fields.err.message } : {};
    write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...base, ...fields, ...err })}\n`);
  };
  return { info: (m, f) => emit('info', m, f), warn: (m, f) => emit('warn', m, f), error: (m, f) => emit('error', m, f) };
}

/** For tests that want quiet servers. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
