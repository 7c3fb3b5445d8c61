// Passkeys in Chromium with the DevTools virtual authenticator (CTAP2, internal, resident
// keys, user verification): a passkey added with the button of the account area's Passkeys
// page; then, signed out, the hosted sign-in page of an authorization request used with
// passkey autofill (conditional UI) and with the username-less button; after the passkey is
// deleted from the account page the sign-in page refuses it. The account area's own sign-in
// page offers the same autofill and button. Pages are served on
// http://localhost:PORT (RP ID `localhost`).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, admin, callbackCatcher, cookieValue, createTenant, createUser, inspect, launch, newContext, pkce,
} from '../lib/harness.js';

const email = 'ada@example.com';
const password = 'correct horse battery staple';
let browser;
let callback;
let slug;
let client;
let context;
let page;
let passkey;

before(async () => {
  browser = await launch();
  callback = await callbackCatcher();
  slug = await createTenant('passkeys');
  await createUser(slug, email, password);
  client = await admin('POST', `/v1/tenants/${slug}/clients`, {
    name: 'Passkey App',
    client_type: 'public',
    token_endpoint_auth_method: 'none',
    redirect_uris: [callback.uri],
  });
  context = await newContext(browser);
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
});

after(async () => {
  await browser?.close();
  await callback?.close();
});

/** Opens a fresh authorization request, signed out, on its sign-in page (waiting for it). */
async function signInPage({ wait = true } = {}) {
  await context.clearCookies();
  const { challenge } = pkce();
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: client.id,
    redirect_uri: callback.uri,
    scope: 'openid email',
    state: `s${Date.now()}`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  await page.goto(`${BASE}/t/${slug}/oauth/authorize?${params}`);
  if (wait) await page.getByRole('heading', { name: /Sign in to Passkey App/ }).waitFor();
}

/** After a passkey sign-in: a browser session and the consent page for the client. */
async function expectSignedIn() {
  await page.getByRole('button', { name: 'Allow' }).waitFor({ timeout: 10_000 });
  assert.ok(await cookieValue(context, 'tessera_session'), 'a session cookie is set');
}

test('a passkey added from the account area', async () => {
  // Password sign-in to the account area, then its Passkeys page: the button runs
  // navigator.credentials.create() against the virtual authenticator and posts the answer.
  await context.clearCookies();
  await page.goto(`${BASE}/t/${slug}/account`);
  await page.waitForURL(`${BASE}/t/${slug}/signin/account`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  await page.getByRole('link', { name: 'Passkeys' }).click();
  await page.getByText('You have no passkeys yet.').waitFor();
  await page.getByLabel('Name of the new passkey').fill('Chromium');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account/passkeys?done=passkey_added`);
  await page.getByText('The passkey is added.').waitFor();
  assert.equal(await page.locator('tbody tr').count(), 1);
  assert.match(await page.locator('tbody tr').textContent(), /Chromium/);
  await inspect(page, 'account-passkeys');
  const me = (await admin('GET', `/v1/tenants/${slug}/users?limit=100`)).data.find((u) => u.email === email);
  const listed = await admin('GET', `/v1/tenants/${slug}/users/${me.id}/passkeys`);
  assert.equal(listed.data.length, 1);
  assert.equal(listed.data[0].name, 'Chromium');
  passkey = listed.data[0];
  // Signed out, the next sign-ins use the passkey alone.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: /signed out/i }).waitFor();
  assert.equal(await cookieValue(context, 'tessera_session'), undefined);
});

test('sign-in with passkey autofill (conditional UI)', async () => {
  // The page starts a conditional request as it loads; the virtual authenticator answers it
  // at once, as a person picking the passkey from the email field's autofill list would. No
  // button is clicked: the sign-in goes through the autofill request alone.
  const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/signin/passkey'));
  await signInPage({ wait: false });
  await posted;
  await expectSignedIn();
});

test('sign-in to the account area with passkey autofill', async () => {
  // The account area's own sign-in page (no application behind it) offers the same
  // autofill request as the authorization sign-in page.
  await context.clearCookies();
  const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/signin/account/passkey'));
  await page.goto(`${BASE}/t/${slug}/signin/account`);
  await posted;
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  assert.ok(await cookieValue(context, 'tessera_session'), 'a session cookie is set');
});

test('sign-in with the username-less passkey button', async () => {
  // From here on the browser reports no autofill support, so only the button asks.
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await signInPage();
  assert.equal(await page.locator('#email').getAttribute('autocomplete'), 'username webauthn');
  await inspect(page, 'passkeys-sign-in');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expectSignedIn();
  const events = await admin('GET', `/v1/tenants/${slug}/audit-events?limit=100`);
  assert.ok(events.data.filter((e) => e.action === 'passkey.used').length >= 2);
});

test('sign-in to the account area with the passkey button', async () => {
  // The autofill request is off since the previous test: only the button asks.
  await context.clearCookies();
  await page.goto(`${BASE}/t/${slug}/signin/account`);
  assert.equal(await page.locator('#email').getAttribute('autocomplete'), 'username webauthn');
  await inspect(page, 'account-signin-passkey');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account?done=signed_in`);
  assert.ok(await cookieValue(context, 'tessera_session'), 'a session cookie is set');
  const events = await admin('GET', `/v1/tenants/${slug}/audit-events?limit=100`);
  assert.ok(events.data.filter((e) => e.action === 'passkey.used').length >= 4);
});

test('a deleted passkey is refused', async () => {
  // Deleted from the account page, in the session the passkey just opened.
  await page.goto(`${BASE}/t/${slug}/account/passkeys`);
  await page.getByRole('button', { name: 'Delete Chromium' }).click();
  await page.waitForURL(`${BASE}/t/${slug}/account/passkeys?done=passkey_deleted`);
  await page.getByText('You have no passkeys yet.').waitFor();
  const listed = await admin('GET', `/v1/tenants/${slug}/users/${passkey.user_id}/passkeys`);
  assert.equal(listed.data.length, 0);
  await signInPage();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const error = page.locator('#form-error');
  await error.waitFor({ timeout: 10_000 });
  assert.match(await error.textContent(), /The passkey could not be used/);
  assert.equal(await cookieValue(context, 'tessera_session'), undefined);
  await inspect(page, 'passkeys-refused');
  // The account sign-in page refuses it too, with the form's error.
  await page.goto(`${BASE}/t/${slug}/signin/account`);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const refused = page.locator('#form-error');
  await refused.waitFor({ timeout: 10_000 });
  assert.match(await refused.textContent(), /The passkey could not be used/);
  assert.equal(await cookieValue(context, 'tessera_session'), undefined);
  await inspect(page, 'account-signin-passkey-refused');
});
