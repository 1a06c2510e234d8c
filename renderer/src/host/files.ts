/** Browser stand-ins for the host's save/open dialogs. */
export function downloadFile(doc: Document, p: { suggestedName: string; mime: string; content: string; base64: boolean }): void {
  const data = p.base64 ? Uint8Array.from(atob(p.content), (c) => c.charCodeAt(0)) : p.content;
  const url = URL.createObjectURL(new Blob([data], { type: p.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = p.suggestedName;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The agent's pick in a hidden file input; null when cancelled. */
export function chooseFile(doc: Document, extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ?? null);
    });
    input.addEventListener('cancel', () => { input.remove(); resolve(null); });
    doc.body.appendChild(input);
    input.click();
  });
}

export async function pickFile(doc: Document, extensions: string[]): Promise<{ name: string; base64: string } | null> {
  const file = await chooseFile(doc, extensions);
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}
