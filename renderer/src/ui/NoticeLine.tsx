import type { Notice } from './useNoticeAction';

/** The one line of feedback after an action: a status when it worked, an alert when refused. */
export function NoticeLine({ notice, testId }: { notice: Notice | null; testId: string }) {
  if (!notice) return null;
  return <p className={notice.ok ? 'pnotice' : 'error'} role={notice.ok ? 'status' : 'alert'} data-testid={testId}>{notice.text}</p>;
}
