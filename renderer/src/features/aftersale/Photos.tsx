import { useEffect, useState } from 'react';
import type { PhotoRow } from '../../data';
import { useTranslation } from '../../i18n';
import { Dialog, Field } from '../../ui';

/** An object URL for a stored Blob, released when the component goes away. */
function useBlobUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return setUrl(null);
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return url;
}

function Thumb({ photo, onOpen }: { photo: PhotoRow; onOpen: () => void }) {
  const url = useBlobUrl(photo.thumb);
  return url ? <button className="btn btn--ghost" onClick={onOpen} title={photo.name}><img src={url} alt={photo.name} data-testid="photo-thumb" /></button> : null;
}

/** The full photo inside the app (a blob: window would be refused by the desktop shell): a dialog, Esc closes. */
function Lightbox({ photo, onClose }: { photo: PhotoRow; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useBlobUrl(photo.blob);
  return (
    <Dialog title={photo.name} onClose={onClose} closeLabel={t('dialog.close')} className="lightbox" testId="photo-full">
      {url ? <img src={url} alt={photo.name} /> : null}
    </Dialog>
  );
}

/** Case photos: thumbnails from IndexedDB and the picker (images up to 10 MB). */
export function Photos({ photos, onAdd }: { photos: PhotoRow[]; onAdd: (f: File) => void }) {
  const { t } = useTranslation();
  const [full, setFull] = useState<PhotoRow | null>(null);
  return (
    <section className="case__section" data-testid="photos">
      <h3>{t('aftersale.photos', { n: photos.length })}</h3>
      <div className="photos">{photos.map((p) => <Thumb key={p.id} photo={p} onOpen={() => setFull(p)} />)}</div>
      {full ? <Lightbox photo={full} onClose={() => setFull(null)} /> : null}
      <div className="case__form">
        <Field label={t('aftersale.addPhoto')}>
          <input
            type="file"
            accept="image/*"
            data-testid="photo-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) onAdd(f);
            }}
          />
        </Field>
      </div>
    </section>
  );
}
