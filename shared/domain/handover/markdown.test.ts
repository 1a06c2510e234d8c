import { expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { handoverMarkdown } from './markdown';

it('writes a handover as Markdown, escaping text that would change the document', () => {
  const md = handoverMarkdown({
    title: '2026-11-19 白班交接单',
    fromName: '小雅', toName: '阿杰', signedOutAt: fromShanghai(2026, 11, 19, 18, 0), signedInAt: null, notes: '大促\n催付多',
    labels: { from: '交班人', to: '接班人', notes: '其他备注', itemNote: '交接说明' },
    sections: [{ title: '交接事项', items: [{ label: '# 不是标题 *也不是强调*', detail: '', shopName: '青禾', dueAt: null, note: '先打电话', state: '未确认' }] }],
  });
  expect(md).toBe([
    '# 2026-11-19 白班交接单', '', '- 交班人：小雅（11-19 18:00）', '- 接班人：阿杰', '', '## 其他备注', '', '大促 催付多', '', '## 交接事项', '',
    '- [未确认] \\# 不是标题 \\*也不是强调\\* · 青禾', '  - 交接说明：先打电话', '',
  ].join('\n'));
});
