import { lazy, Suspense } from 'react';

// 报表 and its charts (ECharts) are a chunk of their own, loaded when the tab is first opened.
const Screen = lazy(() => import('./ReportsScreen').then((m) => ({ default: m.ReportsScreen })));

export function ReportsScreen() {
  return (
    <Suspense fallback={<div className="loading" />}>
      <Screen />
    </Suspense>
  );
}
