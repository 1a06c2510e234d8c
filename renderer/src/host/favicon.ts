/** Draws the app favicon with a red count badge, the browser stand-in for the tray icon. */
export function drawBadgeFavicon(doc: Document, count: number): void {
  const canvas = doc.createElement('canvas');
  canvas.width = 32;
  canvas.height = 32;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  labelledDisc(g, { x: 16, y: 16, r: 15, fill: '#ff6a00', font: 'bold 18px sans-serif', label: '二' });
  if (count > 0) labelledDisc(g, { x: 23, y: 9, r: 9, fill: '#e00', font: 'bold 12px sans-serif', label: count > 99 ? '99' : String(count) });
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement('link');
    link.rel = 'icon';
    doc.head.appendChild(link);
  }
  link.dataset.badge = String(count);
  link.href = canvas.toDataURL('image/png');
}

/** A filled circle with white text on it; the text sits 1px low, where CJK and digits look centred. */
function labelledDisc(g: CanvasRenderingContext2D, d: { x: number; y: number; r: number; fill: string; font: string; label: string }): void {
  g.fillStyle = d.fill;
  g.beginPath();
  g.arc(d.x, d.y, d.r, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#fff';
  g.font = d.font;
  g.fillText(d.label, d.x, d.y + 1);
}
