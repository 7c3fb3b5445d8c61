// A new person's whole journey with JavaScript disabled: sign up, confirm the email link from
// the outbox, land in the account area, change the profile, enrol TOTP (codes computed here
// with HMAC), keep the recovery codes, sign in on a second device with one, sign that device
// out from the first, and delete the account.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, admin, cookieValue, createTenant, launch, linkIn, newContext, screenshot, totp, waitForMail,
} from '../lib/harness.js';

let browser;
let slug;
const email = 'newcomer@example.com';
const password = 'a long and unusual passphrase 42';

before(async () => {
  browser = await launch();
  slug = await createTenant('journey', { signup_mode: 'open' });
});

after(async () => {
  await browser?.close();
});

async function notice(page) {
  return (await page.getByRole('status').textContent()).trim();
}

test('sign up, verify, enrol TOTP, manage devices and delete the account without JavaScript', async () => {
  const first = await newContext(browser, { js: false });
  const page = await first.newPage();

  // Sign up.
  await page.goto(`${BASE}/t/${slug}/signup`);
  await page.getByLabel('Name').fill('Nova Newcomer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  // The policy's message sits under the password field and is tied to it.
  const passwordInput = page.getByLabel('Password');
  assert.equal(await passwordInput.getAttribute('aria-invalid'), 'true');
  const describedBy = await passwordInput.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).textContent(), /\S/);
  assert.equal(await page.getByLabel('Email').inputValue(), email, 'the form keeps what was typed');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

  // The confirmation link: without JavaScript the fragment stays in the browser, so the
  // person pastes the link on the confirm page.
  const [mail] = await waitForMail(slug, email);
  const link = linkIn(mail.text);
  assert.ok(link.startsWith(`${BASE}/t/${slug}/signup#token=`), link);
  await page.goto('about:blank'); // as if opened from the mail app, not a same-page hop
  await page.goto(link);
  await page.getByRole('link', { name: 'I already have a confirmation link' }).click();
  await page.getByLabel('Link from your email').fill(link);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  assert.equal(await notice(page), 'You are signed in.');
  assert.ok(await cookieValue(first, 'tessera_session'), 'a browser session cookie');
  assert.equal(await cookieValue(first, 'tessera_csrf_forms'), undefined, 'the spent form token is cleared');
  assert.match(await page.locator('dd').textContent(), /newcomer@example\.com \(confirmed\)/);

  // Profile.
  await page.getByLabel('Name').fill('Nova N.');
  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('button', { name: 'Save' }).click();
  // The profile's language now drives the pages.
  assert.equal(await notice(page), 'Ihr Profil ist gespeichert.');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  await page.getByLabel('Sprache').selectOption('en');
  await page.getByRole('button', { name: 'Speichern' }).click();
  assert.equal(await notice(page), 'Your profile is saved.');
  assert.equal(await page.getByLabel('Name').inputValue(), 'Nova N.');

  // TOTP: a wrong password first, then the enrolment.
  await page.getByRole('link', { name: 'Password and security' }).click();
  await page.locator('#enrol_password').fill('not my password');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  assert.equal(await page.locator('#enrol_password').getAttribute('aria-describedby'), 'enrol_password-error');
  assert.equal((await page.locator('#enrol_password-error').textContent()).trim(), 'The password is not correct.');
  await page.locator('#enrol_password').fill(password);
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
  const qr = await page.getByRole('img', { name: 'QR code for your authenticator app' }).getAttribute('src');
  assert.match(qr, /^data:image\/png;base64,/);
  const secret = (await page.locator('#totp-secret').textContent()).trim();
  await screenshot(page, 'account-totp-enrolment-nojs');
  // A wrong code keeps the same enrolment on screen, with the error on the field.
  await page.getByLabel('Code the app shows now').fill(totp(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  assert.equal(await page.getByLabel('Code the app shows now').getAttribute('aria-invalid'), 'true');
  assert.equal((await page.locator('#totp-secret').textContent()).trim(), secret);
  await page.getByLabel('Code the app shows now').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  const codes = (await page.locator('#recovery-codes li').allTextContents()).map((c) => c.trim());
  assert.ok(codes.length >= 8, `recovery codes: ${codes}`);
  await screenshot(page, 'account-recovery-codes-nojs');
  await page.getByRole('link', { name: 'I have saved them' }).click();
  assert.match(await page.getByText(/Recovery codes left/).textContent(), new RegExp(`left: ${codes.length}\\.`));

  // A second device signs in with the password and a recovery code.
  const second = await newContext(browser, { js: false });
  const other = await second.newPage();
  await other.goto(`${BASE}/t/${slug}/account`);
  await other.waitForURL(`${BASE}/t/${slug}/signin/account`);
  await other.getByLabel('Email').fill(email);
  await other.getByLabel('Password').fill(password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await other.getByRole('heading', { name: 'Two-step verification' }).waitFor();
  await other.getByLabel('Or a recovery code').fill(codes[0]);
  await other.getByRole('button', { name: 'Verify' }).click();
  await other.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);

  // The first device sees both and signs the other out.
  await page.getByRole('link', { name: 'Devices' }).click();
  const rows = page.locator('tbody tr');
  assert.equal(await rows.count(), 2);
  assert.equal(await page.getByText('(this browser)').count(), 1);
  await page.getByRole('button', { name: /^Sign out (?!$)/ }).first().click();
  assert.equal(await notice(page), 'That device is signed out.');
  assert.equal(await page.locator('tbody tr').count(), 1);
  await other.reload();
  await other.waitForURL(`${BASE}/t/${slug}/signin/account`);

  // Delete: the box must be ticked and the password given.
  await page.getByRole('link', { name: 'Delete account' }).click();
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  // `required` stops the browser itself; the server refuses too (checked in the API tests).
  assert.equal(page.url(), `${BASE}/t/${slug}/account/delete`);
  await page.getByLabel(/my account will be deleted/).check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByRole('heading', { name: 'Account deleted' }).waitFor();
  assert.equal(await cookieValue(first, 'tessera_session'), undefined);
  const users = await admin('GET', `/v1/tenants/${slug}/users`);
  assert.equal(users.data.length, 0, 'the user is gone');
  await first.close();
  await second.close();
});
