/**
 * What counts as "our app" in a URL: a file under the built renderer folder (production) or a page
 * of the dev server (development). Everything else — other files on disk, other origins — is
 * foreign: no navigation to it, no IPC from it, no permissions for it.
 */

export interface AppUrlConfig {
  /** file:// URL of the built renderer folder (out/renderer), with or without a trailing slash. */
  rendererDirUrl: string;
  /** ELECTRON_RENDERER_URL in development, else null. */
  devServerUrl: string | null;
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

export function createAppUrlMatcher(config: AppUrlConfig): (url: string) => boolean {
  const dir = parse(config.rendererDirUrl.endsWith('/') ? config.rendererDirUrl : `${config.rendererDirUrl}/`);
  const dev = config.devServerUrl ? parse(config.devServerUrl) : null;
  return (url) => {
    const u = parse(url);
    if (!u) return false;
    if (u.protocol === 'file:') {
      // URL parsing already resolved "..", so a prefix test on the pathname cannot be escaped.
      return dir !== null && dir.protocol === 'file:' && u.host === dir.host && u.pathname.startsWith(dir.pathname);
    }
    // Only plain http(s) dev servers; `origin` compares scheme, host and port together.
    return dev !== null && (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === dev.origin;
  };
}
