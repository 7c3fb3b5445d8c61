// Tenant branding on the hosted pages: the accent colour, a custom stylesheet that the strict
// CSP lets through (by nonce), the support link, and framing allowed only to the origins the
// tenant lists (CSP frame-ancestors, default 'none').

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { BASE, admin, createTenant, inspect, launch, newContext } from '../lib/harness.js';

let browser;
let embedder;
let embedderOrigin;
let framed;
let unframed;

before(async () => {
  browser = await launch();
  // A site that frames the sign-in pages of the tenant named in its path.
  embedder = createServer((req, res) => {
    const slug = req.url.slice(1);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Embedder</title><main><h1>Embedder</h1>
      <iframe title="Sign in" src="${BASE}/t/${slug}/signin/account" width="600" height="500"></iframe></main></html>`);
  });
  await new Promise((r) => embedder.listen(0, '127.0.0.1', r));
  embedderOrigin = `http://localhost:${embedder.address().port}`;
  framed = await createTenant('branded');
  await admin('PUT', `/v1/tenants/${framed}/branding`, {
    primary_color: '#0b6e4f',
    custom_css: 'main { border-color: rgb(11, 110, 79); border-width: 4px; }',
    support_url: 'https://help.example.com/',
    frame_ancestors: [embedderOrigin],
    default_locale: 'fr',
  });
  unframed = await createTenant('plain');
});

after(async () => {
  await browser?.close();
  await new Promise((r) => embedder?.close(r));
});

test('the tenant stylesheet, colour, support link and default language apply under the CSP', async () => {
  const context = await newContext(browser, { locale: 'ja' });
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`${BASE}/t/${framed}/signin/account`);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, new RegExp(`frame-ancestors ${embedderOrigin}(;|$)`));
  // Japanese is not offered: the tenant's default language is used.
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  const main = page.locator('main');
  assert.equal(await main.evaluate((el) => getComputedStyle(el).borderTopWidth), '4px');
  assert.equal(await main.evaluate((el) => getComputedStyle(el).borderTopColor), 'rgb(11, 110, 79)');
  const button = page.locator('button[type=submit]');
  assert.equal(await button.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(11, 110, 79)');
  assert.equal(await page.getByRole('link', { name: 'Aide et assistance' }).getAttribute('href'), 'https://help.example.com/');
  assert.deepEqual(violations, []);
  await inspect(page, 'branded-signin-fr');
  await context.close();
});

test('only the listed origins may frame the pages', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${embedderOrigin}/${framed}`);
  const allowed = page.frameLocator('iframe').locator('h1');
  await allowed.waitFor();
  assert.match(await allowed.textContent(), /\S/);

  await page.goto(`${embedderOrigin}/${unframed}`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, 'the iframe exists');
  await frame.waitForLoadState('load').catch(() => {});
  await page.waitForTimeout(300);
  // A frame refused by frame-ancestors never shows the page.
  assert.equal(await frame.locator('form').count().catch(() => 0), 0);
  await context.close();
});
