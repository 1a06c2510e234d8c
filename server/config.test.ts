import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readConfig } from './config';

describe('the server’s settings from its environment', () => {
  it('listens on 127.0.0.1 over HTTPS and runs its own PostgreSQL in ./.xiaoer-server/pg by default, its certificate beside it', () => {
    expect(readConfig({}, '/srv/shop')).toEqual({ host: '127.0.0.1', port: DEFAULT_PORT, databaseUrl: null, dataDir: '/srv/shop/.xiaoer-server/pg', tlsDir: '/srv/shop/.xiaoer-server/tls', plainHttp: false });
  });

  it('takes the listen address, port, database and folders from XIAOER_SERVER_* and DATABASE_URL', () => {
    const env = { XIAOER_SERVER_HOST: '0.0.0.0', XIAOER_SERVER_PORT: '9000', DATABASE_URL: 'postgresql://db/x', XIAOER_SERVER_DATA: 'data/pg', XIAOER_SERVER_TLS_DIR: 'secrets/tls' };
    expect(readConfig(env, '/srv/shop')).toEqual({ host: '0.0.0.0', port: 9000, databaseUrl: 'postgresql://db/x', dataDir: '/srv/shop/data/pg', tlsDir: '/srv/shop/secrets/tls', plainHttp: false });
  });

  it('refuses a port that is not one', () => {
    expect(() => readConfig({ XIAOER_SERVER_PORT: 'http' })).toThrow(/XIAOER_SERVER_PORT must be a port number/);
  });

  it('speaks plain HTTP only when asked and only on loopback: tokens never cross the LAN in clear', () => {
    expect(readConfig({ XIAOER_SERVER_PLAIN_HTTP: '1' }).plainHttp).toBe(true);
    expect(() => readConfig({ XIAOER_SERVER_PLAIN_HTTP: '1', XIAOER_SERVER_HOST: '0.0.0.0' })).toThrow(/only for a server listening on this machine/);
    expect(() => readConfig({ XIAOER_SERVER_PLAIN_HTTP: '1', XIAOER_SERVER_HOST: '192.168.1.20' })).toThrow(/only for a server/);
  });
});
