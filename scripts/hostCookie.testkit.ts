import * as http from 'node:http';

/** The host-secret cookie the browser host gives its page (`name=value`), read as a browser would. */
export function pageCookie(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      const line = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('xiaoer_host='));
      if (line) resolve(line.split(';')[0] as string);
      else reject(new Error('the page came without the host cookie'));
    }).on('error', reject);
  });
}
