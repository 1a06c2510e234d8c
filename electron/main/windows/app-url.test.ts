import { describe, expect, it } from 'vitest';
import { createAppUrlMatcher } from './app-url';

const prod = createAppUrlMatcher({ rendererDirUrl: 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer', devServerUrl: null });
const dev = createAppUrlMatcher({ rendererDirUrl: 'file:///home/dev/xiaoer/out/renderer/', devServerUrl: 'http://localhost:5173/' });

describe('isAppUrl', () => {
  it.each([
    ['the built index page', prod, 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer/index.html', true],
    ['a page with a hash route', prod, 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer/index.html#/payments', true],
    ['an asset below the renderer folder', prod, 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer/assets/a.js', true],
    ['a file that climbs out with ..', prod, 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer/../../secret.html', false],
    ['a sibling folder sharing the prefix', prod, 'file:///opt/Xiaoer%20Desk/resources/app.asar/out/renderer-evil/index.html', false],
    ['another file on disk', prod, 'file:///tmp/evil.html', false],
    ['a web page', prod, 'https://taobao.com/', false],
    ['the dev server in production', prod, 'http://localhost:5173/', false],
    ['garbage', prod, 'not a url', false],
    ['the dev server page', dev, 'http://localhost:5173/index.html', true],
    ['the dev server on another port', dev, 'http://localhost:5174/', false],
    ['the dev server host over another scheme', dev, 'ws://localhost:5173/', false],
    ['a remote origin in dev', dev, 'http://localhost.evil.example:5173/', false],
  ])('judges %s', (_name, match, url, expected) => {
    expect(match(url)).toBe(expected);
  });
});
