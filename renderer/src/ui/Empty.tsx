import type { ReactNode } from 'react';

/** A plain statement of what this place holds when it holds nothing (never fake rows). */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <div className="empty__title">{title}</div>
      {children ? <div className="empty__body">{children}</div> : null}
    </div>
  );
}
