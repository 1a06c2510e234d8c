import { expect, test } from '@playwright/test';

test('a foreign database under our name gets a clear message and is neither reset nor upgraded', async ({ page }) => {
  // A blank page on the app's origin, to plant somebody else's database before the app starts.
  await page.route('**/plant.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>plant</title>' }));
  await page.goto('/plant.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('xiaoer-desk', 3);
        req.onupgradeneeded = () => {
          const store = req.result.createObjectStore('customers', { keyPath: 'id' });
          store.put({ id: 'c1', name: '别人的数据' });
        };
        req.onsuccess = () => { req.result.close(); resolve(); };
        req.onerror = () => reject(req.error);
      }),
  );

  await page.goto('/');
  const problem = page.getByTestId('store-problem');
  await expect(problem).toContainText('本地数据无法安全打开');
  await expect(problem).toContainText('customers');
  await expect(problem).toContainText('没有修改、升级或清空');
  await page.screenshot({ path: 'docs/screenshots/store-problem.png' });

  const kept = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; row: unknown }>((resolve, reject) => {
        const req = indexedDB.open('xiaoer-desk');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('customers').objectStore('customers').get('c1');
          get.onsuccess = () => { resolve({ version: db.version, stores: [...db.objectStoreNames], row: get.result }); db.close(); };
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(kept).toEqual({ version: 3, stores: ['customers'], row: { id: 'c1', name: '别人的数据' } });
});
