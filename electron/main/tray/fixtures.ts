import type { TraySummary } from '@shared/schemas/tray';

/** A zh-CN summary as the renderer would send it; tests override the counts they care about. */
export function summary(over: Partial<TraySummary> = {}): TraySummary {
  return {
    unanswered: 0,
    longestWaitMs: 0,
    dueReminders: 0,
    dueFollowUps: 0,
    overdueCases: 0,
    newlyDue: [],
    labels: {
      tooltip: '小二工作台 — 一切正常',
      unanswered: '未回复买家',
      dueReminders: '待催付',
      dueFollowUps: '待跟进',
      overdueCases: '超时售后',
      open: '打开',
      quit: '退出',
    },
    ...over,
  };
}
