type T = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The pure validator explains problems in English (it has no i18n); the editor shows them in the
 * agent's language. Known messages are matched here; anything else is shown as it came.
 */
const PATTERNS: [RegExp, string, (m: RegExpExecArray) => Record<string, string | number>][] = [
  [/^fires at \+(\d+) min, at or after the auto-close time \((\d+) min\)$/, 'afterClose', (m) => ({ at: m[1]!, close: m[2]! })],
  [/^(\d+) min before close is at or before the order was created \(auto-close (\d+) min\)$/, 'beforeCreated', (m) => ({ before: m[1]!, close: m[2]! })],
  [/^fires at the same time as step (\d+) \(\+(\d+) min\)$/, 'sameTime', (m) => ({ n: Number(m[1]) + 1, at: m[2]! })],
  [/^overlaps quiet window (\d+) \((.+)\)$/, 'overlaps', (m) => ({ n: Number(m[1]) + 1, range: m[2]! })],
  [/^start and end are equal/, 'emptyWindow', () => ({})],
  [/no zero or negative minutes/, 'positiveMinutes', () => ({})],
  [/^must be a number of minutes$/, 'number', () => ({})],
  [/^must be whole (minutes|fen|a whole number)$|^must be a whole number$/, 'whole', () => ({})],
  [/^must not be negative$/, 'negative', () => ({})],
  [/^must be at least (\d+) minutes$/, 'atLeast', (m) => ({ n: m[1]! })],
  [/^must be at most 30 days$/, 'atMost30Days', () => ({})],
  [/^must be a time "HH:mm"/, 'time', () => ({})],
];

export function policyMessage(t: T, message: string): string {
  for (const [re, key, vars] of PATTERNS) {
    const m = re.exec(message);
    if (m) return t(`payments.policy.msg.${key}`, vars(m));
  }
  return message;
}
