// Shared helpers of the browser suite: the admin API, a Chromium per test file, page checks
// (axe-core, screenshots), an OAuth callback catcher and TOTP codes.
//
// The server comes from `cargo xtask browser-test`: TESSERA_URL (http://localhost:PORT) and
// TESSERA_ADMIN_KEY. Chromium is Debian's (CHROMIUM_PATH); nothing here downloads a browser.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE = required('TESSERA_URL');
const ADMIN_KEY = required('TESSERA_ADMIN_KEY');
const ARTIFACTS = process.env.BROWSER_ARTIFACTS ?? join(process.cwd(), 'artifacts');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite with \`cargo xtask browser-test\``);
  return value;
}

/** Calls the management API; fails the test on an unexpected status. */
export async function admin(method, path, body, expected = [200, 201, 204]) {
  const response = await fetch(BASE + path, {
    method,
    headers: {
      authorization: `Bearer ${ADMIN_KEY}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(expected.includes(response.status), `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A fresh tenant with a unique slug; `settings` are PATCHed onto it. */
export async function createTenant(prefix, settings) {
  const slug = `${prefix}-${randomBytes(4).toString('hex')}`;
  await admin('POST', '/v1/tenants', { slug, name: `${prefix} Inc` });
  if (settings) await admin('PATCH', `/v1/tenants/${slug}`, settings);
  return slug;
}

export async function createUser(slug, email, password) {
  return admin('POST', `/v1/tenants/${slug}/users`, { email, password });
}

/** The newest messages to `to` in the development outbox, waiting for `count` of them. */
export async function waitForMail(slug, to, count = 1) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const list = await admin('GET', `/v1/tenants/${slug}/outbox?to=${encodeURIComponent(to)}`);
    if (list.data.length >= count) return list.data;
    assert.ok(Date.now() < deadline, `no mail to ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The link (`…#token=…`) in an email's text. */
export function linkIn(text) {
  const match = text.match(/https?:\/\/\S+#token=[A-Za-z0-9_-]+/);
  assert.ok(match, `no link in: ${text}`);
  return match[0];
}

/** Debian Chromium, headless; one per test file. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A browser context; `js: false` proves a page works with JavaScript disabled. */
export async function newContext(browser, { js = true, locale = 'en-US' } = {}) {
  return browser.newContext({ javaScriptEnabled: js, locale, viewport: { width: 900, height: 900 } });
}

/** Saves a full-page screenshot as `<name>.png` under the artifacts folder. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) on the page and fails on serious or critical
 * violations. The source is evaluated over the DevTools protocol, which the page's CSP
 * does not govern, so the pages keep their strict policy during the check.
 */
export async function checkAccessibility(page, name) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe found serious or critical violations on ${name} (${page.url()})`,
  );
  assert.ok(results.passes.length > 0, `axe ran no rule on ${name}`);
}

/** Screenshot plus axe, for a page the test has just reached. */
export async function inspect(page, name) {
  await screenshot(page, name);
  await checkAccessibility(page, name);
}

/** A local HTTP server standing in for the client's redirect URI; records each callback. */
export async function callbackCatcher() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(new URL(req.url, 'http://localhost'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><title>Callback</title><main><h1>Back at the app</h1></main></html>');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    uri: `http://localhost:${port}/callback`,
    hits,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** PKCE (RFC 7636): a verifier and its S256 challenge. */
export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** RFC 4648 base32 (no padding) to bytes. */
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    assert.ok(v >= 0, `not base32: ${c}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) of a base32 secret at `unix` seconds. */
export function totp(secret, unix = Math.floor(Date.now() / 1000), step = 0) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unix / 30) + step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/** The value of the cookie `name` in a context, if any. */
export async function cookieValue(context, name) {
  return (await context.cookies()).find((c) => c.name === name)?.value;
}
