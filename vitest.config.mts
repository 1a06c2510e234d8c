import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './renderer/vite.shared.mts';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sharedAlias },
  test: {
    environment: 'node',
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'unit', include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'] } },
      // The shop server's tests run against a real PostgreSQL that this project's setup starts
      // (only when a server test is selected).
      { extends: true, test: { name: 'server', include: ['server/**/*.test.ts'], globalSetup: ['server/test/globalSetup.ts'] } },
    ],
  },
});
