import { useTranslation } from '../../i18n';

/** One input per required slot of the draft; Enter moves on, and from the last one sends. */
export function SlotFields({ slots, values, onChange, onEnterLast, firstRef }: {
  slots: string[];
  values: Record<string, string>;
  onChange: (name: string, value: string) => void;
  onEnterLast: () => void;
  firstRef: (el: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation();
  if (slots.length === 0) return null;
  return (
    <div className="slots" data-testid="slot-fields">
      <span className="slots__label">{t('presale.slots.label')}</span>
      {slots.map((name, i) => (
        <label key={name} className="slots__field">
          <span>{name}</span>
          <input
            ref={i === 0 ? firstRef : undefined}
            value={values[name] ?? ''}
            data-slot={name}
            aria-label={t('presale.slots.field', { name })}
            onChange={(e) => onChange(name, e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
              e.preventDefault();
              const next = e.currentTarget.closest('.slots')?.querySelectorAll('input')[i + 1];
              if (next) next.focus();
              else onEnterLast();
            }}
          />
        </label>
      ))}
    </div>
  );
}
