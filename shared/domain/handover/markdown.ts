import { formatShanghaiShort } from '../../lib/time';

export interface MarkdownHandover {
  title: string;
  fromName: string;
  toName: string | null;
  signedOutAt: number | null;
  signedInAt: number | null;
  notes: string;
  /** Words of the agent's language for the fixed parts. */
  labels: { from: string; to: string; notes: string; itemNote: string };
  sections: { title: string; items: { label: string; detail: string; shopName: string; dueAt: number | null; note: string; state: string }[] }[];
}

/** Text from chats and remarks may contain markdown; escape what would change the document. */
const esc = (s: string): string => s.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\r?\n/g, ' ');

/** A handover as Markdown for export (the printable view is the HTML page itself). */
export function handoverMarkdown(h: MarkdownHandover): string {
  const lines = [`# ${esc(h.title)}`, ''];
  lines.push(`- ${h.labels.from}：${esc(h.fromName)}${h.signedOutAt ? `（${formatShanghaiShort(h.signedOutAt)}）` : ''}`);
  lines.push(`- ${h.labels.to}：${h.toName ? esc(h.toName) : '—'}${h.signedInAt ? `（${formatShanghaiShort(h.signedInAt)}）` : ''}`);
  if (h.notes.trim()) lines.push('', `## ${h.labels.notes}`, '', esc(h.notes));
  for (const s of h.sections) {
    lines.push('', `## ${esc(s.title)}`, '');
    for (const i of s.items) {
      const due = i.dueAt ? ` · ${formatShanghaiShort(i.dueAt)}` : '';
      const shop = i.shopName ? ` · ${esc(i.shopName)}` : '';
      lines.push(`- [${i.state}] ${esc(i.label)}${shop}${due}${i.detail ? ` — ${esc(i.detail)}` : ''}`);
      if (i.note.trim()) lines.push(`  - ${h.labels.itemNote}：${esc(i.note)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
