/**
 * Links the agent may open in the system browser: the shop platforms' own sites over https.
 * Anything else (http, file:, custom schemes, look-alike hosts) is refused, because a buyer's
 * message can contain any link and shell.openExternal would hand it to the OS.
 */
export const EXTERNAL_DOMAINS: readonly string[] = [
  'taobao.com',
  'tmall.com',
  'jd.com',
  'pinduoduo.com',
  'yangkeduo.com',
  'alibaba.com',
  '1688.com',
  'alipay.com',
];

export function isAllowedExternalUrl(url: string, domains: readonly string[] = EXTERNAL_DOMAINS): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  // user:pass@host links are a classic disguise ("https://taobao.com@evil.example").
  if (u.username !== '' || u.password !== '') return false;
  if (u.port !== '') return false;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
