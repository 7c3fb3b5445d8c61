// Every hosted page, in English, German and Arabic (right to left): axe-core finds no serious
// or critical violation, `<html>` carries the negotiated `lang` and `dir`, and a screenshot of
// each page is kept. The language comes from the browser (Accept-Language), as for a person.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, admin, callbackCatcher, createTenant, createUser, inspect, launch, newContext, pkce, totp,
  waitForMail,
} from '../lib/harness.js';

let browser;
let callback;
let slug;
let client;
let org;
const password = 'correct horse battery staple';

const LOCALES = [
  { locale: 'en-US', lang: 'en', dir: 'ltr' },
  { locale: 'de-DE', lang: 'de', dir: 'ltr' },
  { locale: 'ar', lang: 'ar', dir: 'rtl' },
];

before(async () => {
  browser = await launch();
  callback = await callbackCatcher();
  slug = await createTenant('pages', { signup_mode: 'open' });
  client = await admin('POST', `/v1/tenants/${slug}/clients`, {
    name: 'Example App',
    client_type: 'public',
    token_endpoint_auth_method: 'none',
    redirect_uris: [callback.uri],
  });
  org = await admin('POST', `/v1/tenants/${slug}/organizations`, { slug: 'acme', name: 'Acme Corp' });
});

after(async () => {
  await browser?.close();
  await callback?.close();
});

function authorizeUrl() {
  const { challenge } = pkce();
  const params = new URLSearchParams({
    response_type: 'code', client_id: client.id, redirect_uri: callback.uri,
    scope: 'openid email profile', state: 's', nonce: 'n',
    code_challenge: challenge, code_challenge_method: 'S256',
  });
  return `${BASE}/t/${slug}/oauth/authorize?${params}`;
}

for (const { locale, lang, dir } of LOCALES) {
  test(`every hosted page passes axe-core in ${lang} (${dir})`, async () => {
    const email = `pages-${lang}@example.com`;
    const user = await createUser(slug, email, password);
    await admin('POST', `/v1/tenants/${slug}/organizations/${org.id}/members`, { user_id: user.id });
    const context = await newContext(browser, { locale });
    const page = await context.newPage();
    const check = async (name) => {
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${name}: lang`);
      assert.equal(await page.locator('html').getAttribute('dir'), dir, `${name}: dir`);
      await inspect(page, `${name}-${lang}`);
    };
    const submit = () => page.locator('form button[type=submit]').first().click();

    // Anonymous pages.
    for (const [name, path] of [
      ['account-signin', '/signin/account'],
      ['email-signin', '/signin/email'],
      ['signup', '/signup'],
      ['signup-confirm', '/signup/confirm'],
      ['magic-link', '/magic-link'],
      ['verify-email', '/verify-email'],
      ['reset-request', '/reset-password/request'],
      ['reset-password', '/reset-password'],
      ['confirm-email-change', '/confirm-email-change'],
      ['failure', '/signin?request=req_0123456789'],
    ]) {
      await page.goto(`${BASE}/t/${slug}${path}`);
      await check(name);
    }
    // Form errors are on the page too.
    await page.goto(`${BASE}/t/${slug}/signin/account`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('wrong password');
    await submit();
    await page.getByRole('alert').waitFor();
    await check('account-signin-error');
    // The email code form.
    await page.goto(`${BASE}/t/${slug}/signin/email`);
    await page.locator('#email').fill(email);
    await submit();
    await page.locator('#code').waitFor();
    await check('email-code');
    // A message page.
    await page.goto(`${BASE}/t/${slug}/reset-password/request`);
    await page.locator('#email').fill(email);
    await submit();
    await page.locator('h1').waitFor();
    await check('message');

    // The authorization flow's pages.
    await page.goto(authorizeUrl());
    await check('signin');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(password);
    await submit();
    await page.locator('button[value=allow]').waitFor();
    await check('consent');
    await page.locator('button[value=allow]').click();
    await page.waitForURL((url) => url.href.startsWith(callback.uri));

    // The account area (the session from the flow above).
    for (const [name, path] of [
      ['account-profile', ''],
      ['account-security', '/security'],
      ['account-passkeys', '/passkeys'],
      ['account-sessions', '/sessions'],
      ['account-apps', '/apps'],
      ['account-organizations', '/organizations'],
      ['account-delete', '/delete'],
    ]) {
      await page.goto(`${BASE}/t/${slug}/account${path}`);
      await check(name);
    }
    assert.equal(await page.locator('nav a[aria-current=page]').count(), 1);
    // The email change form: refused on its field, then the change waiting for its link.
    await page.goto(`${BASE}/t/${slug}/account`);
    await page.locator('#new_email').fill(`moved-${lang}@example.com`);
    await page.locator('#current_password').fill('wrong password');
    await page.locator('form[action$="/account/email"] button').click();
    await page.locator('#current_password-error').waitFor();
    assert.equal(await page.locator('#new_email').inputValue(), `moved-${lang}@example.com`);
    await check('account-email-change-error');
    await page.locator('#current_password').fill(password);
    await page.locator('form[action$="/account/email"] button').click();
    await page.getByRole('status').waitFor();
    assert.match(await page.locator('main').textContent(), new RegExp(`m\\*\\*\\*@example\\.com`));
    await check('account-email-change-pending');
    await page.goto(`${BASE}/t/${slug}/account/apps`);
    assert.equal(await page.locator('tbody tr').count(), 1, 'the consented app is listed');
    await page.goto(`${BASE}/t/${slug}/account/organizations`);
    await page.locator('button[name=organization], form[action$="/organizations/switch"] button').first().click();
    await page.getByRole('status').waitFor();
    await check('account-organizations-switched');

    // TOTP enrolment and recovery codes, then the second factor of the flow.
    await page.goto(`${BASE}/t/${slug}/account/security`);
    await page.locator('#enrol_password').fill(password);
    await page.locator('form[action$="/mfa/start"] button').click();
    const secret = (await page.locator('#totp-secret').textContent()).trim();
    await check('account-totp');
    await page.locator('#code').fill(totp(secret));
    await page.locator('form[action$="/mfa/confirm"] button').click();
    await page.locator('#recovery-codes').waitFor();
    await check('account-recovery-codes');
    await page.goto(`${BASE}/t/${slug}/account/security`);
    await check('account-security-totp-on');
    await page.locator('form[action$="/signout"] button').click();
    await page.locator('h1').waitFor();
    await check('signed-out');
    await page.goto(authorizeUrl());
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(password);
    await submit();
    await page.locator('#recovery_code').waitFor();
    await check('second-factor');
    await context.close();
  });
}

test('the email code signs in inside the authorization flow and it continues', async () => {
  const email = 'coder@example.com';
  await createUser(slug, email, password);
  const context = await newContext(browser, { js: false });
  const page = await context.newPage();
  await page.goto(authorizeUrl());
  await page.getByRole('link', { name: 'Sign in with a code or link sent by email' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  const [mail] = await waitForMail(slug, email);
  const code = mail.text.match(/\b(\d{6})\b/)[1];
  await page.getByLabel('Six-digit code').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.equal(await page.getByLabel('Six-digit code').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Six-digit code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((url) => url.href.startsWith(callback.uri));
  await context.close();
});

test('a magic link and a password reset work from their emailed links', async () => {
  const email = 'linker@example.com';
  await createUser(slug, email, password);
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${BASE}/t/${slug}/signin/email`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  const [magic] = await waitForMail(slug, email);
  const link = magic.text.match(/https?:\/\/\S+#token=[A-Za-z0-9_-]+/)[0];
  // With JavaScript the landing fills the token from the fragment and drops the fragment.
  await page.goto(link);
  assert.match(await page.getByLabel('Link from your email').inputValue(), /^[A-Za-z0-9_-]{20,}$/);
  assert.equal(new URL(page.url()).hash, '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  // A spent link is refused on its field.
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.equal(await page.getByLabel('Link from your email').getAttribute('aria-invalid'), 'true');

  await page.goto(`${BASE}/t/${slug}/reset-password/request`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  const [reset] = await waitForMail(slug, email, 2).then((all) => all.filter((m) => m.template === 'password_reset'));
  await page.goto(reset.text.match(/https?:\/\/\S+#token=[A-Za-z0-9_-]+/)[0]);
  await page.getByLabel('New password').fill('a brand new passphrase 99');
  await page.getByRole('button', { name: 'Set the password' }).click();
  await page.getByRole('heading', { name: 'Password changed' }).waitFor();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a brand new passphrase 99');
  // `exact`: with JavaScript the account sign-in also offers "Sign in with a passkey".
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  await context.close();
});
