// The B2B scenario through the SDK, against a real server: TESSERA_URL and
// TESSERA_ADMIN_KEY (`cargo xtask sdk-test` starts one and sets both). An organization, an
// invitation accepted by an existing user, the switch into the organization and its claims,
// explained permission checks (with a role on one resource), an organization's service
// account, and an API key checked by introspection, then revoked.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";

import {
  AuthenticationError,
  ClientCredentials,
  ConflictError,
  TesseraClient,
  UnprocessableError,
  type LoginResponse,
  type SessionTokens,
} from "../src/index.js";

const url = process.env.TESSERA_URL;
const adminKey = process.env.TESSERA_ADMIN_KEY;
const PASSWORD = "correct horse battery staple";

if (!url || !adminKey) {
  throw new Error("TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`");
}

function session(answer: LoginResponse): SessionTokens {
  assert.ok("access_token" in answer, `expected session tokens, got ${JSON.stringify(answer)}`);
  return answer;
}

/** A JWT's claims, unverified: the server's own tests verify signatures; this reads them. */
function claimsOf(jwt: string): Record<string, unknown> {
  const payload = jwt.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("B2B scenario", () => {
  const admin = new TesseraClient({ baseUrl: url ?? "", adminKey: adminKey ?? "" });
  const slug = `sdk-ts-b2b-${randomBytes(4).toString("hex")}`;
  let orgId = "";
  let bobId = "";
  let bobToken = "";
  let introspector = { id: "", secret: "" };

  before(async () => {
    await admin.createTenant({ slug, name: "SDK TypeScript B2B" });
    const owner = await admin.createUser(slug, { email: "owner@globex.example", password: PASSWORD });
    const bob = await admin.createUser(slug, { email: "bob@globex.example", password: PASSWORD });
    bobId = bob.id;
    const org = await admin.createOrganization(slug, { slug: "globex", name: "Globex" });
    orgId = org.id;
    await admin.addOrganizationMember(slug, "globex", { user_id: owner.id, role: "owner" });
    const client = await admin.createClient(slug, { name: "Resource server" });
    introspector = { id: client.id, secret: client.client_secret ?? assert.fail("a confidential client has a secret") };
  });

  after(async () => {
    await admin.deleteTenant(slug);
  });

  function introspect(token: string) {
    const basic = Buffer.from(`${introspector.id}:${introspector.secret}`).toString("base64");
    return admin.oauthIntrospect(slug, { token }, { headers: { authorization: `Basic ${basic}` } });
  }

  it("invites a teammate, who accepts and switches into the organization", async () => {
    const invitation = await admin.createInvitation(slug, "globex", { email: "bob@globex.example", role: "member" });
    assert.equal(invitation.state, "pending");
    const again = await admin.createInvitation(slug, "globex", { email: "bob@globex.example" }).then(
      () => assert.fail("a second pending invitation must be refused"),
      (e: unknown) => e,
    );
    assert.ok(again instanceof ConflictError);

    // The token travels by email; the development outbox holds it.
    const outbox = await admin.listOutboxMessages(slug, { to: "bob@globex.example", limit: 1 });
    const token = /tin_[A-Za-z0-9_-]+/.exec(outbox.data[0]?.text ?? "")?.[0] ?? assert.fail("no invitation link in the email");

    const tokens = session(await admin.login(slug, { email: "bob@globex.example", password: PASSWORD }));
    const bob = new TesseraClient({ baseUrl: url ?? "", sessionToken: tokens.access_token });
    const accepted = await bob.acceptInvitation(slug, { token });
    assert.equal(accepted.organization_id, orgId);
    assert.equal(accepted.role, "member");
    assert.equal(accepted.user_created, false);

    const switched = await bob.switchOrganization(slug, "globex");
    bobToken = switched.access_token;
    const claims = claimsOf(bobToken);
    assert.equal(claims.org_id, orgId);
    assert.equal(claims.org_slug, "globex");
    assert.equal(claims.org_role, "member");
    assert.deepEqual(claims.permissions, ["organization:read", "members:read"]);
    const mine = await bob.listMyOrganizations(slug);
    assert.deepEqual(mine.data.map((o) => [o.slug, o.current]), [["globex", true]]);
  });

  it("checks permissions with explanations, including a role on one resource", async () => {
    const allowed = await admin.checkPermission(slug, { subject: bobId, permission: "members:read", organization: "globex" });
    assert.equal(allowed.allowed, true);
    assert.equal(allowed.reason, "role_grants_permission");
    assert.match(allowed.explanation, /member of globex/);
    const denied = await admin.checkPermission(slug, { subject: bobId, permission: "members:invite", organization: "globex" });
    assert.equal(denied.allowed, false);
    assert.equal(denied.reason, "role_lacks_permission");

    await admin.createRole(slug, { key: "editor", name: "Editor", permissions: ["document:*"] });
    const grant = await admin.createResourceGrant(slug, "globex", { subject: bobId, resource: "document:42", role: "editor" });
    const onIt = await admin.checkPermission(slug, {
      subject: bobId,
      permission: "document:write",
      organization: "globex",
      resource: "document:42",
    });
    assert.equal(onIt.allowed, true);
    assert.equal(onIt.reason, "resource_grant_grants_permission");
    assert.equal(onIt.resource_grant, grant.id);
    const elsewhere = await admin.checkPermissions(slug, {
      checks: [{ subject: bobId, permission: "document:write", organization: "globex", resource: "document:43" }],
    });
    assert.equal(elsewhere.results[0]?.allowed, false);

    const wildcard = await admin.checkPermission(slug, { subject: bobId, permission: "document:*", organization: "globex" }).then(
      () => assert.fail("a wildcard is for roles only"),
      (e: unknown) => e,
    );
    assert.ok(wildcard instanceof UnprocessableError);
  });

  it("gives the organization a service account whose tokens carry its role", async () => {
    const account = await admin.createServiceAccount(slug, "globex", { name: "Nightly export", role: "viewer" });
    assert.ok(account.id.startsWith("cli_"));
    const tokens = new ClientCredentials({ client: admin, tenant: slug, clientId: account.id, clientSecret: account.client_secret });
    const claims = claimsOf(await tokens.getToken());
    assert.equal(claims.org_id, orgId);
    assert.equal(claims.org_role, "viewer");
    await admin.updateServiceAccount(slug, "globex", account.id, { role: "admin" });
    const decision = await admin.checkPermission(slug, { subject: account.id, permission: "members:invite", organization: "globex" });
    assert.equal(decision.allowed, true);
    const listed = await admin.listServiceAccounts(slug, "globex");
    assert.deepEqual(listed.data.map((a) => [a.id, a.role]), [[account.id, "admin"]]);
    await admin.deleteServiceAccount(slug, "globex", account.id);
  });

  it("mints an API key, introspects it, and revokes it", async () => {
    const key = await admin.createApiKey(slug, { organization: "globex", name: "CI deploys", permissions: ["deployments:create"] });
    assert.ok(key.secret.startsWith("tsk_"));
    const info = await introspect(key.secret);
    assert.equal(info.active, true);
    assert.equal(info.org_id, orgId);
    assert.deepEqual(info.permissions, ["deployments:create"]);
    // A session token switched into the organization introspects with the same claims.
    const member = await introspect(bobToken);
    assert.equal(member.active, true);
    assert.equal(member.org_role, "member");

    await admin.revokeApiKey(slug, key.key.id);
    assert.equal((await introspect(key.secret)).active, false);

    // A member's token for the organization cannot use the management API.
    const asBob = new TesseraClient({ baseUrl: url ?? "", adminKey: bobToken });
    const refused = await asBob.createApiKey(slug, { organization: "globex", name: "x", permissions: ["a:b"] }).then(
      () => assert.fail("a session token is not an admin key"),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof AuthenticationError, String(refused));
    assert.equal(refused.status, 401);
  });
});
