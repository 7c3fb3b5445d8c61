// Passkeys in Chromium with the DevTools virtual authenticator (CTAP2, internal, resident
// keys, user verification): a passkey registered from the browser through the self-service
// API, then the hosted sign-in page of an authorization request used with passkey autofill
// (conditional UI) and with the username-less button; after the passkey is deleted the
// sign-in page refuses it. Pages are served on http://localhost:PORT (RP ID `localhost`).

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

test('a passkey registered from the browser', async () => {
  const login = await fetch(`${BASE}/t/${slug}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then((r) => r.json());
  assert.ok(login.access_token, JSON.stringify(login));
  await signInPage();
  // The browser's own WebAuthn API, run on a page of the tenant's origin.
  passkey = await page.evaluate(async ({ slug, token }) => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const ceremony = await fetch(`/t/${slug}/me/passkeys/options`, { method: 'POST', headers }).then((r) => r.json());
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(ceremony.options.publicKey);
    const credential = await navigator.credentials.create({ publicKey });
    const response = await fetch(`/t/${slug}/me/passkeys`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ceremony_id: ceremony.ceremony_id, credential: credential.toJSON(), name: 'Chromium' }),
    });
    return { status: response.status, body: await response.json() };
  }, { slug, token: login.access_token });
  assert.equal(passkey.status, 201, JSON.stringify(passkey.body));
  assert.equal(passkey.body.name, 'Chromium');
  const listed = await admin('GET', `/v1/tenants/${slug}/users/${passkey.body.user_id}/passkeys`);
  assert.equal(listed.data.length, 1);
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

test('a deleted passkey is refused', async () => {
  await admin('DELETE', `/v1/tenants/${slug}/users/${passkey.body.user_id}/passkeys/${passkey.body.id}`);
  await signInPage();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const error = page.locator('#form-error');
  await error.waitFor({ timeout: 10_000 });
  assert.match(await error.textContent(), /The passkey could not be used/);
  assert.equal(await cookieValue(context, 'tessera_session'), undefined);
  await inspect(page, 'passkeys-refused');
});
