// The passkey steps of the hosted pages, and the only script they load. Every page works
// without it; it adds what needs the browser's WebAuthn API: it asks the server for options,
// calls navigator.credentials, and posts the answer through the page's ordinary form.
//
// A form opts in with data-passkey="sign-in" | "second-factor" | "register" and names the
// options endpoint in data-options-url. Its hidden fields `ceremony_id` and `credential`
// carry the answer. Forms stay hidden until this script finds WebAuthn available.
(() => {
  'use strict';

  const webauthn =
    typeof window.PublicKeyCredential === 'function' &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

  async function fetchOptions(form, body) {
    const response = await fetch(form.dataset.optionsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`passkey options: HTTP ${response.status}`);
    return response.json();
  }

  function post(form, ceremony, credential) {
    form.elements.ceremony_id.value = ceremony.ceremony_id;
    form.elements.credential.value = JSON.stringify(credential.toJSON());
    form.submit();
  }

  function showError(form) {
    const id = form.dataset.errorId;
    const element = id && document.getElementById(id);
    if (element) element.hidden = false;
  }

  /** Sign-in or second factor: navigator.credentials.get(). */
  async function assertWith(form, body, mediation, signal) {
    const ceremony = await fetchOptions(form, body);
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(ceremony.options.publicKey);
    const request = mediation ? { publicKey, mediation, signal } : { publicKey, signal };
    const credential = await navigator.credentials.get(request);
    if (credential) post(form, ceremony, credential);
  }

  function signIn(form) {
    let autofill = null;
    // Conditional UI: the browser offers passkeys in the email field's autofill
    // (autocomplete="username webauthn"); choosing one signs in without a username.
    if (typeof PublicKeyCredential.isConditionalMediationAvailable === 'function') {
      PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
        if (!available) return;
        autofill = new AbortController();
        assertWith(form, {}, 'conditional', autofill.signal).catch((e) => {
          if (e.name !== 'AbortError') showError(form);
        });
      });
    }
    form.querySelector('button').addEventListener('click', () => {
      if (autofill) autofill.abort();
      autofill = null;
      assertWith(form, {}, null, undefined).catch(() => showError(form));
    });
  }

  function secondFactor(form) {
    form.querySelector('button').addEventListener('click', () => {
      assertWith(form, { mfa_token: form.elements.mfa_token.value }, null, undefined).catch(() =>
        showError(form),
      );
    });
  }

  function register(form) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      (async () => {
        const ceremony = await fetchOptions(form, { csrf_token: form.elements.csrf_token.value });
        const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(ceremony.options.publicKey);
        const credential = await navigator.credentials.create({ publicKey });
        if (credential) post(form, ceremony, credential);
      })().catch(() => showError(form));
    });
  }

  if (!webauthn) return;
  for (const form of document.querySelectorAll('form[data-passkey]')) {
    form.hidden = false;
    const kind = form.dataset.passkey;
    if (kind === 'sign-in') signIn(form);
    else if (kind === 'second-factor') secondFactor(form);
    else if (kind === 'register') register(form);
  }
})();
