/** Draws the app favicon with a red count badge, the browser stand-in for the tray icon. */
export function drawBadgeFavicon(doc: Document, count: number): void {
  const canvas = doc.createElement('canvas');
  canvas.width = 32;
  canvas.height = 32;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = '#ff6a00';
  g.beginPath();
  g.arc(16, 16, 15, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#fff';
  g.font = 'bold 18px sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText('二', 16, 17);
  if (count > 0) {
    g.fillStyle = '#e00';
    g.beginPath();
    g.arc(23, 9, 9, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#fff';
    g.font = 'bold 12px sans-serif';
    g.fillText(count > 99 ? '99' : String(count), 23, 10);
  }
  let link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = doc.createElement('link');
    link.rel = 'icon';
    doc.head.appendChild(link);
  }
  link.dataset.badge = String(count);
  link.href = canvas.toDataURL('image/png');
}
