/** Refusals that belong to no single input of a form, one line each ("第 2 个 SKU · 库存：不能小于 0"). */
export function FormProblems({ lines, testId }: { lines: readonly string[]; testId?: string }) {
  if (lines.length === 0) return null;
  return (
    <ul className="form-problems" role="alert" data-testid={testId}>
      {lines.map((l, i) => <li key={i}>{l}</li>)}
    </ul>
  );
}
