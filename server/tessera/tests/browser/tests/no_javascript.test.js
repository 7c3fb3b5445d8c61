// Every hosted page with JavaScript disabled: each one renders its heading and working form,
// and the email-verification landing works by pasting the emailed link.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, admin, createTenant, createUser, launch, linkIn, newContext, screenshot, waitForMail,
} from '../lib/harness.js';

let browser;
let slug;
const email = 'plain@example.com';
const password = 'correct horse battery staple';

before(async () => {
  browser = await launch();
  slug = await createTenant('nojs', { signup_mode: 'open' });
  const user = await createUser(slug, email, password);
  const org = await admin('POST', `/v1/tenants/${slug}/organizations`, { slug: 'acme', name: 'Acme Corp' });
  await admin('POST', `/v1/tenants/${slug}/organizations/${org.id}/members`, { user_id: user.id });
});

after(async () => {
  await browser?.close();
});

test('every page renders and works without JavaScript', async () => {
  const context = await newContext(browser, { js: false });
  const page = await context.newPage();
  const visit = async (path, name) => {
    const response = await page.goto(`${BASE}/t/${slug}${path}`);
    assert.equal(response.status(), 200, `${path}: ${response.status()}`);
    assert.match(await page.locator('h1').textContent(), /\S/, `${path} has a heading`);
    assert.ok((await page.locator('form').count()) > 0, `${path} has a form`);
    await screenshot(page, `${name}-nojs`);
  };
  for (const [path, name] of [
    ['/signin/account', 'account-signin'],
    ['/signin/email', 'email-signin'],
    ['/signup', 'signup'],
    ['/signup/confirm', 'signup-confirm'],
    ['/magic-link', 'magic-link'],
    ['/verify-email', 'verify-email'],
    ['/reset-password/request', 'reset-request'],
    ['/reset-password', 'reset-password'],
    ['/confirm-email-change', 'confirm-email-change'],
  ]) {
    await visit(path, name);
  }
  await page.goto(`${BASE}/t/${slug}/signin/account`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  for (const [path, name] of [
    ['/account', 'account-profile'],
    ['/account/security', 'account-security'],
    ['/account/sessions', 'account-sessions'],
    ['/account/apps', 'account-apps'],
    ['/account/organizations', 'account-organizations'],
    ['/account/delete', 'account-delete'],
  ]) {
    await visit(path, name);
  }
  // Organizations: switch into one, then leave it.
  await page.goto(`${BASE}/t/${slug}/account/organizations`);
  await page.getByRole('button', { name: 'Switch to Acme Corp' }).click();
  assert.equal((await page.getByRole('status').textContent()).trim(), 'You are now working in that organization.');
  assert.match(await page.locator('tbody').textContent(), /Acme Corp \(current\)/);
  await page.getByRole('button', { name: 'Leave Acme Corp' }).click();
  assert.equal((await page.getByRole('status').textContent()).trim(), 'You left the organization.');
  assert.equal(await page.locator('tbody tr').count(), 0);

  // Email verification: ask from the profile, paste the emailed link on the landing.
  await page.goto(`${BASE}/t/${slug}/account`);
  assert.match(await page.locator('dd').textContent(), /not confirmed yet/);
  await page.getByRole('button', { name: 'Send me a confirmation link' }).click();
  assert.equal((await page.getByRole('status').textContent()).trim(), 'We sent you a link to confirm your email address.');
  const [mail] = await waitForMail(slug, email);
  const link = linkIn(mail.text);
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByLabel('Link from your email').fill(link);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Email address confirmed' }).waitFor();
  await page.getByRole('link', { name: 'Go to your account' }).click();
  assert.match(await page.locator('dd').textContent(), /\(confirmed\)/);
  await context.close();
});
