import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readConfig } from './config';

describe('the server’s settings from its environment', () => {
  it('listens on 127.0.0.1 and runs its own PostgreSQL in ./.xiaoer-server/pg by default', () => {
    expect(readConfig({}, '/srv/shop')).toEqual({ host: '127.0.0.1', port: DEFAULT_PORT, databaseUrl: null, dataDir: '/srv/shop/.xiaoer-server/pg' });
  });

  it('takes the listen address, port, database and data folder from XIAOER_SERVER_* and DATABASE_URL', () => {
    const env = { XIAOER_SERVER_HOST: '0.0.0.0', XIAOER_SERVER_PORT: '9000', DATABASE_URL: 'postgresql://db/x', XIAOER_SERVER_DATA: 'data/pg' };
    expect(readConfig(env, '/srv/shop')).toEqual({ host: '0.0.0.0', port: 9000, databaseUrl: 'postgresql://db/x', dataDir: '/srv/shop/data/pg' });
  });

  it('refuses a port that is not one', () => {
    expect(() => readConfig({ XIAOER_SERVER_PORT: 'http' })).toThrow(/XIAOER_SERVER_PORT must be a port number/);
  });
});
