// Keyboard only: from the top of the page, Tab reaches the skip link, then the fields in
// reading order; Enter submits; the account area's navigation is reachable the same way.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, createTenant, createUser, launch, newContext } from '../lib/harness.js';

let browser;
let slug;
const password = 'correct horse battery staple';

before(async () => {
  browser = await launch();
  slug = await createTenant('keys');
  await createUser(slug, 'kb@example.com', password);
});

after(async () => {
  await browser?.close();
});

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.id || el.getAttribute('href') || el.textContent.trim();
});

test('sign in and move around the account area with the keyboard alone', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${BASE}/t/${slug}/signin/account`);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), '#content', 'the skip link comes first');
  const order = [];
  for (let i = 0; i < 2; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  assert.deepEqual(order, ['email', 'password']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('kb@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  // Skip link, then the section links in order, then the profile's controls.
  await page.keyboard.press('Tab');
  const links = [];
  for (let i = 0; i < 9; i += 1) {
    await page.keyboard.press('Tab');
    links.push(await focused(page));
  }
  assert.deepEqual(links.slice(0, 7).map((href) => href.replace(`${BASE}/t/${slug}/account`, '')), [
    '', '/security', '/passkeys', '/sessions', '/apps', '/organizations', '/delete',
  ]);
  // The address is not confirmed yet (made by an administrator): its button comes first.
  assert.deepEqual(links.slice(7), ['Send me a confirmation link', 'new_email']);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/t/${slug}/account/organizations`);
  await context.close();
});
