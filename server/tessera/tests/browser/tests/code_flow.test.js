// The OpenID code flow through the hosted pages, in Chromium, with and without JavaScript:
// a client created through the admin API, sign-in and consent forms filled like a person
// would, the callback caught by a local server, and the code exchanged with PKCE.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, admin, callbackCatcher, createTenant, createUser, inspect, launch, newContext, pkce,
} from '../lib/harness.js';

let browser;
let callback;
let slug;
let client;
const password = 'correct horse battery staple';

before(async () => {
  browser = await launch();
  callback = await callbackCatcher();
  slug = await createTenant('codeflow');
  await createUser(slug, 'ada@example.com', password);
  await createUser(slug, 'grace@example.com', password);
  client = await admin('POST', `/v1/tenants/${slug}/clients`, {
    name: 'Example App',
    client_type: 'public',
    token_endpoint_auth_method: 'none',
    redirect_uris: [callback.uri],
  });
});

after(async () => {
  await browser?.close();
  await callback?.close();
});

function authorizeUrl(challenge, state) {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: client.id,
    redirect_uri: callback.uri,
    scope: 'openid email profile',
    state,
    nonce: `nonce-${state}`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${BASE}/t/${slug}/oauth/authorize?${params}`;
}

async function exchange(code, verifier) {
  const response = await fetch(`${BASE}/t/${slug}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: callback.uri,
      client_id: client.id,
      code_verifier: verifier,
    }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return body;
}

for (const js of [true, false]) {
  const who = js ? 'ada@example.com' : 'grace@example.com';
  const tag = js ? 'js' : 'nojs';
  test(`code flow through the hosted sign-in and consent pages (JavaScript ${js ? 'on' : 'off'})`, async () => {
    const context = await newContext(browser, { js });
    const page = await context.newPage();
    const { verifier, challenge } = pkce();
    const state = `state-${tag}`;

    await page.goto(authorizeUrl(challenge, state));
    assert.match(page.url(), new RegExp(`/t/${slug}/signin\\?request=`));
    await page.getByLabel('Email').fill(who);
    await page.getByLabel('Password', { exact: true }).fill('wrong password, surely');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await assertAlert(page, 'The email or password is not correct.');
    if (js) await inspect(page, `signin-error-en`);

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: /wants to access your account/ }).waitFor();
    if (js) await inspect(page, 'consent-en');
    await page.getByRole('button', { name: 'Allow' }).click();

    await page.waitForURL((url) => url.href.startsWith(callback.uri));
    const hit = callback.hits.find((h) => h.searchParams.get('state') === state);
    assert.ok(hit, 'the callback was reached with our state');
    assert.equal(hit.searchParams.get('iss'), `${BASE}/t/${slug}`);
    const tokens = await exchange(hit.searchParams.get('code'), verifier);
    assert.equal(tokens.token_type, 'Bearer');
    const claims = JSON.parse(Buffer.from(tokens.id_token.split('.')[1], 'base64url'));
    assert.equal(claims.email, who);
    assert.equal(claims.nonce, `nonce-${state}`);
    await context.close();
  });
}

async function assertAlert(page, text) {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal((await alert.textContent()).trim(), text);
}
