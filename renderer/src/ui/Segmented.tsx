/**
 * A row of toggle buttons choosing one view (队列/登记, 买家/知识 …): each is a pressed/unpressed
 * button, so screen readers hear which view is on. `testId(v)` names each button for the journeys.
 */
export function Segmented<V extends string>({ values, value, onChange, label, labelOf, testId }: {
  values: readonly V[];
  value: V;
  onChange: (v: V) => void;
  label?: string;
  labelOf: (v: V) => string;
  testId?: (v: V) => string;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {values.map((v) => (
        <button key={v} type="button" aria-pressed={value === v} className={value === v ? 'segmented__item segmented__item--on' : 'segmented__item'} onClick={() => onChange(v)} data-testid={testId?.(v)}>
          {labelOf(v)}
        </button>
      ))}
    </div>
  );
}
