import { FLAG_COLOURS, flagOptions, type FlagMeanings, type FlagNumber } from '@shared/domain/remarks';
import type { Platform } from '@shared/schemas/common';

/** A flag as a coloured dot with the shop's meaning beside it (flag 0 on Taobao is "no flag"). */
export function FlagDot({ platform, flag, meanings, withText = true }: { platform: Platform; flag: number; meanings: FlagMeanings; withText?: boolean }) {
  const colour = FLAG_COLOURS[platform][flag as FlagNumber];
  if (!colour || flag === 0) return <span className="muted">—</span>;
  const meaning = flagOptions(platform, meanings).find((o) => o.flag === flag)?.meaning ?? '';
  return (
    <span className="flag" data-flag={flag} title={`${colour.name} · ${meaning}`}>
      <span className="flag__dot" style={{ background: colour.hex }} aria-hidden="true" />
      {withText ? <span className="flag__text">{meaning}</span> : null}
    </span>
  );
}
