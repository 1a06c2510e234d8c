import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';

/**
 * One input per required slot of the draft. Enter moves to the next slot; on the last one, with
 * every slot filled, the first Enter shows the reply as it will go out and the second sends it —
 * a slot is the one part of a phrase the agent types, so it gets a look before the buyer sees it.
 * An empty slot's Enter asks to send at once, so the composer says what is missing. Slots the app
 * filled itself (`suggested`: the 尺码 from the buyer's height and weight) count as looked at: the
 * reply shows at once with what it was worked out from, and the next Enter sends.
 */
export function SlotFields({ slots, values, preview, suggested, note, onChange, onEnterLast, firstRef }: {
  slots: string[];
  values: Record<string, string>;
  /**
   * The reply with the slots filled in, as it will be sent: given, the last slot's first Enter
   * shows it and the second sends. Without it (the phrase palette, which shows the text above and
   * only copies it) the last slot's Enter acts at once.
   */
  preview?: string;
  /** Values the app worked out; while every slot still holds them, the reply is shown at once. */
  suggested?: Record<string, string>;
  /** Says where the suggested values came from, shown with the reply. */
  note?: string;
  onChange: (name: string, value: string) => void;
  onEnterLast: () => void;
  firstRef: (el: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation();
  // The values the agent looked at with the first Enter; any change asks for a new look.
  const [armed, setArmed] = useState<string | null>(null);
  if (slots.length === 0) return null;
  const filled = slots.every((name) => (values[name] ?? '').trim() !== '');
  const seen = JSON.stringify(slots.map((name) => values[name] ?? ''));
  const asSuggested = filled && suggested !== undefined && slots.every((name) => (values[name] ?? '') === suggested[name]);
  const ready = filled && (preview === undefined || armed === seen || asSuggested);
  return (
    <div className="slots" data-testid="slot-fields">
      {slots.map((name, i) => (
        <Field key={name} label={t('presale.slots.field', { name })} className="slots__field" hint={i === slots.length - 1 && ready && preview !== undefined ? t('presale.slots.again') : undefined}>
          <input
            ref={i === 0 ? firstRef : undefined}
            value={values[name] ?? ''}
            data-slot={name}
            onChange={(e) => onChange(name, e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.nativeEvent.isComposing) return;
              e.preventDefault();
              const next = e.currentTarget.closest('.slots')?.querySelectorAll('input')[i + 1];
              if (next) next.focus();
              else if (!filled || ready) onEnterLast();
              else setArmed(seen);
            }}
          />
        </Field>
      ))}
      {ready && preview !== undefined ? <p className="slots__preview" role="status" data-testid="slot-preview">{preview}</p> : null}
      {ready && preview !== undefined && asSuggested && note ? <p className="slots__note muted" data-testid="slot-suggested">{note}</p> : null}
    </div>
  );
}
