// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The API's data types. Optional properties default to null and are left out of requests.
package dev.tessera.sdk.kotlin.model

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue
import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.core.JsonParser
import com.fasterxml.jackson.databind.DeserializationContext
import com.fasterxml.jackson.databind.JsonDeserializer
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.annotation.JsonDeserialize
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import java.time.OffsetDateTime

/**
 * Body of `POST /t/{tenant}/invitations/accept`.
 *
 * @property token The `tin_…` token from the invitation email's link.
 * @property password For an invitee without an account: the password of the account created on accepting. An invitee who has an account signs in and sends their access token instead.
 * @property name The new account's display name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AcceptInvitation(
    @param:JsonProperty("token") val token: String,
    @param:JsonProperty("password") val password: String? = null,
    @param:JsonProperty("name") val name: String? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
 *
 * @property userId The user's id (`usr_…`), of the same tenant.
 * @property role A role key; `member` when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AddMember(
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("role") val role: String? = null,
)

/**
 * An API key (its secret is shown only once, when created or rotated).
 *
 * @property id Server-assigned identifier (`key_…`).
 * @property organizationId The owning organization, for an organization's key.
 * @property userId The owning user, for a user's key.
 * @property permissions The `resource:action` patterns the key is limited to.
 * @property hint The secret's last four characters, to tell keys apart.
 * @property lastUsedAt When introspection last saw the key.
 * @property rotatedTo The key that replaced this one by rotation.
 * @property active Whether the key works now (not revoked, not expired).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ApiKey(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String? = null,
    @param:JsonProperty("user_id") val userId: String? = null,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("permissions") val permissions: List<String>,
    @param:JsonProperty("hint") val hint: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("expires_at") val expiresAt: OffsetDateTime? = null,
    @param:JsonProperty("last_used_at") val lastUsedAt: OffsetDateTime? = null,
    @param:JsonProperty("revoked_at") val revokedAt: OffsetDateTime? = null,
    @param:JsonProperty("rotated_to") val rotatedTo: String? = null,
    @param:JsonProperty("active") val active: Boolean,
)

/**
 * One page of API keys, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ApiKeyList(
    @param:JsonProperty("data") val data: List<ApiKey>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * A key with its secret, shown this once.
 *
 * @property secret `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it cannot be shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ApiKeyWithSecret(
    @param:JsonProperty("key") val key: ApiKey,
    @param:JsonProperty("secret") val secret: String,
)

/**
 * The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
 */
enum class AttestationConveyance(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("none")
    NONE("none"),
    @JsonProperty("indirect")
    INDIRECT("indirect"),
    @JsonProperty("direct")
    DIRECT("direct"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * One entry of a tenant's audit log.
 *
 * @property id `aud_…`
 * @property seq Position in the tenant's chain: 1, 2, 3 …
 * @property action What happened, such as `user.created` or `session.login_failed`.
 * @property actorType `admin`, `user`, `operator` (the CLI) or `anonymous`.
 * @property details Event-specific facts; never a secret.
 * @property prevHash Hex SHA-256 of the previous event (64 zeros for the first).
 * @property hash Hex SHA-256 over this event's fields and `prev_hash`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuditEvent(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("seq") val seq: Long,
    @param:JsonProperty("occurred_at") val occurredAt: OffsetDateTime,
    @param:JsonProperty("action") val action: String,
    @param:JsonProperty("actor_type") val actorType: String,
    @param:JsonProperty("actor_id") val actorId: String? = null,
    @param:JsonProperty("target_type") val targetType: String? = null,
    @param:JsonProperty("target_id") val targetId: String? = null,
    @param:JsonProperty("ip") val ip: String? = null,
    @param:JsonProperty("user_agent") val userAgent: String? = null,
    @param:JsonProperty("request_id") val requestId: String? = null,
    @param:JsonProperty("details") val details: Map<String, JsonNode>,
    @param:JsonProperty("prev_hash") val prevHash: String,
    @param:JsonProperty("hash") val hash: String,
)

/**
 * One page of audit events, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuditEventList(
    @param:JsonProperty("data") val data: List<AuditEvent>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * Export formats.
 */
enum class AuditExportFormat(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("ndjson")
    NDJSON("ndjson"),
    @JsonProperty("csv")
    CSV("csv"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Result of checking a tenant's audit chain.
 *
 * @property valid Whether every link holds.
 * @property firstBrokenSeq The first event whose link is broken.
 * @property reason Why that link is broken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuditVerification(
    @param:JsonProperty("valid") val valid: Boolean,
    @param:JsonProperty("events_checked") val eventsChecked: Long,
    @param:JsonProperty("first_broken_seq") val firstBrokenSeq: Long? = null,
    @param:JsonProperty("reason") val reason: String? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
 *
 * @property subject A user id (`usr_…`) or a service account's client id (`cli_…`).
 * @property permission A concrete `resource:action` (no wildcard).
 * @property organization The organization (id or slug) the subject acts in. Roles come from memberships, so without one nothing is allowed.
 * @property resource The resource acted on (`document:123`): the organization-wide role applies to every resource, and a role granted on this resource (resource grants) adds to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuthzCheck(
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("permission") val permission: String,
    @param:JsonProperty("organization") val organization: String? = null,
    @param:JsonProperty("resource") val resource: String? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuthzCheckBatch(
    @param:JsonProperty("checks") val checks: List<AuthzCheck>,
)

/**
 * The answer to one check, with its explanation.
 *
 * @property explanation The decision in a sentence a person can read.
 * @property role The subject's role in the organization, when a member.
 * @property matchedPermission The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
 * @property resourceGrant The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then the role granted on the resource.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuthzDecision(
    @param:JsonProperty("allowed") val allowed: Boolean,
    @param:JsonProperty("reason") val reason: AuthzReason,
    @param:JsonProperty("explanation") val explanation: String,
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("permission") val permission: String,
    @param:JsonProperty("organization_id") val organizationId: String? = null,
    @param:JsonProperty("resource") val resource: String? = null,
    @param:JsonProperty("role") val role: String? = null,
    @param:JsonProperty("matched_permission") val matchedPermission: String? = null,
    @param:JsonProperty("resource_grant") val resourceGrant: String? = null,
)

/**
 * The decisions, in the order of the checks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuthzDecisionList(
    @param:JsonProperty("results") val results: List<AuthzDecision>,
)

/**
 * Why a check was decided as it was.
 */
enum class AuthzReason(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("role_grants_permission")
    ROLE_GRANTS_PERMISSION("role_grants_permission"),
    @JsonProperty("role_lacks_permission")
    ROLE_LACKS_PERMISSION("role_lacks_permission"),
    @JsonProperty("not_a_member")
    NOT_A_MEMBER("not_a_member"),
    @JsonProperty("no_organization")
    NO_ORGANIZATION("no_organization"),
    @JsonProperty("organization_not_found")
    ORGANIZATION_NOT_FOUND("organization_not_found"),
    @JsonProperty("subject_not_found")
    SUBJECT_NOT_FOUND("subject_not_found"),
    @JsonProperty("subject_disabled")
    SUBJECT_DISABLED("subject_disabled"),
    @JsonProperty("role_not_found")
    ROLE_NOT_FOUND("role_not_found"),
    @JsonProperty("resource_grant_grants_permission")
    RESOURCE_GRANT_GRANTS_PERMISSION("resource_grant_grants_permission"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * How the tenant's hosted pages look. Their title is the tenant's name.
 *
 * @property logoUrl An `https` URL of the logo shown above the forms.
 * @property primaryColor The accent colour of buttons and focus rings, `#rrggbb`.
 * @property customCss A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
 * @property supportUrl An `https` URL of the tenant's help page, linked at the foot of every page.
 * @property frameAncestors Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP `frame-ancestors`; empty or absent means none may (`'none'`).
 * @property defaultLocale The pages' language when neither `ui_locales` nor the browser names a supported one: `en`, `de`, `fr` or `ar`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Branding(
    @param:JsonProperty("logo_url") val logoUrl: String? = null,
    @param:JsonProperty("primary_color") val primaryColor: String? = null,
    @param:JsonProperty("custom_css") val customCss: String? = null,
    @param:JsonProperty("support_url") val supportUrl: String? = null,
    @param:JsonProperty("frame_ancestors") val frameAncestors: List<String>? = null,
    @param:JsonProperty("default_locale") val defaultLocale: String? = null,
)

/**
 * Body of `POST /t/{tenant}/me/password`.
 *
 * @property currentPassword Required when the account has a password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ChangePassword(
    @param:JsonProperty("current_password") val currentPassword: String? = null,
    @param:JsonProperty("new_password") val newPassword: String,
)

/**
 * An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
 *
 * @property id The `client_id` (`cli_…`).
 * @property scopes Scopes the client may request; tokens carry the granted subset.
 * @property audiences Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
 * @property accessTokenTtl Access-token lifetime in seconds for this client.
 * @property redirectUris Where the authorization endpoint may send users back; matched exactly.
 * @property postLogoutRedirectUris Where RP-initiated logout may send users back; matched exactly.
 * @property skipConsent A first-party application: users are not asked for consent.
 * @property jwks The client's public keys (a JWK set) for `private_key_jwt`.
 * @property secrets Live secrets, newest first (hints only; a secret is shown once, when created).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Client(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("client_type") val clientType: ClientType,
    @param:JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod,
    @param:JsonProperty("grant_types") val grantTypes: List<GrantType>,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("audiences") val audiences: List<String>,
    @param:JsonProperty("access_token_ttl") val accessTokenTtl: Long,
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>,
    @param:JsonProperty("skip_consent") val skipConsent: Boolean,
    @param:JsonProperty("jwks") val jwks: Map<String, JsonNode>? = null,
    @param:JsonProperty("secrets") val secrets: List<ClientSecretInfo>,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientList(
    @param:JsonProperty("data") val data: List<Client>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
 * as §2 requires.
 *
 * @property tokenEndpointAuthMethod `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a public client (PKCE, no secret), as MCP clients register.
 * @property grantTypes `authorization_code` and `refresh_token` (the default is `authorization_code`).
 * @property responseTypes `code` only.
 * @property scope Space-separated scopes the client will use (informational).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientRegistrationRequest(
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>? = null,
    @param:JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: String? = null,
    @param:JsonProperty("grant_types") val grantTypes: List<String>? = null,
    @param:JsonProperty("response_types") val responseTypes: List<String>? = null,
    @param:JsonProperty("client_name") val clientName: String? = null,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>? = null,
)

/**
 * A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
 *
 * @property clientSecret Only in the registration response and only for confidential clients.
 * @property clientSecretExpiresAt 0: the secret does not expire (present with a secret).
 * @property registrationAccessToken Bearer token for the registration management endpoint (RFC 7592), shown once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientRegistrationResponse(
    @param:JsonProperty("client_id") val clientId: String,
    @param:JsonProperty("client_secret") val clientSecret: String? = null,
    @param:JsonProperty("client_id_issued_at") val clientIdIssuedAt: Long,
    @param:JsonProperty("client_secret_expires_at") val clientSecretExpiresAt: Long? = null,
    @param:JsonProperty("registration_access_token") val registrationAccessToken: String? = null,
    @param:JsonProperty("registration_client_uri") val registrationClientUri: String,
    @param:JsonProperty("client_name") val clientName: String,
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>,
    @param:JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: String,
    @param:JsonProperty("grant_types") val grantTypes: List<String>,
    @param:JsonProperty("response_types") val responseTypes: List<String>,
)

/**
 * What may be shown of a client secret after its creation.
 *
 * @property hint The secret's last four characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientSecretInfo(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("hint") val hint: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("expires_at") val expiresAt: OffsetDateTime? = null,
)

/**
 * Whether a client can keep a secret (RFC 6749 §2.1).
 */
enum class ClientType(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("confidential")
    CONFIDENTIAL("confidential"),
    @JsonProperty("public")
    PUBLIC("public"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * A client with its new secret, shown this once.
 *
 * @property id The `client_id` (`cli_…`).
 * @property scopes Scopes the client may request; tokens carry the granted subset.
 * @property audiences Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
 * @property accessTokenTtl Access-token lifetime in seconds for this client.
 * @property redirectUris Where the authorization endpoint may send users back; matched exactly.
 * @property postLogoutRedirectUris Where RP-initiated logout may send users back; matched exactly.
 * @property skipConsent A first-party application: users are not asked for consent.
 * @property jwks The client's public keys (a JWK set) for `private_key_jwt`.
 * @property secrets Live secrets, newest first (hints only; a secret is shown once, when created).
 * @property clientSecret The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientWithSecret(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("client_type") val clientType: ClientType,
    @param:JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod,
    @param:JsonProperty("grant_types") val grantTypes: List<GrantType>,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("audiences") val audiences: List<String>,
    @param:JsonProperty("access_token_ttl") val accessTokenTtl: Long,
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>,
    @param:JsonProperty("skip_consent") val skipConsent: Boolean,
    @param:JsonProperty("jwks") val jwks: Map<String, JsonNode>? = null,
    @param:JsonProperty("secrets") val secrets: List<ClientSecretInfo>,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
    @param:JsonProperty("client_secret") val clientSecret: String? = null,
)

/**
 * Body of the TOTP confirmation: a code the authenticator shows now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ConfirmTotp(
    @param:JsonProperty("code") val code: String,
)

/**
 * An application the user allowed to access their account ("connected app").
 *
 * @property scopes The scopes granted so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Consent(
    @param:JsonProperty("client_id") val clientId: String,
    @param:JsonProperty("client_name") val clientName: String,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("granted_at") val grantedAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ConsentList(
    @param:JsonProperty("data") val data: List<Consent>,
)

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
 *
 * @property organization The owning organization (id or slug).
 * @property user The owning user's id.
 * @property permissions 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
 * @property expiresInSecs Seconds until the key expires (60 to 63,072,000); absent: never.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateApiKey(
    @param:JsonProperty("organization") val organization: String? = null,
    @param:JsonProperty("user") val user: String? = null,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("permissions") val permissions: List<String>,
    @param:JsonProperty("expires_in_secs") val expiresInSecs: Long? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/clients`.
 *
 * @property clientType `confidential` (the default) or `public`.
 * @property tokenEndpointAuthMethod Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
 * @property grantTypes Defaults to `["client_credentials"]` for confidential clients without redirect URIs, and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
 * @property accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).
 * @property redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.
 * @property postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.
 * @property skipConsent `true` for first-party applications whose users are never asked for consent.
 * @property jwks The client's public keys (a JWK set) for `private_key_jwt`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateClient(
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("client_type") val clientType: ClientType? = null,
    @param:JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod? = null,
    @param:JsonProperty("grant_types") val grantTypes: List<GrantType>? = null,
    @param:JsonProperty("scopes") val scopes: List<String>? = null,
    @param:JsonProperty("audiences") val audiences: List<String>? = null,
    @param:JsonProperty("access_token_ttl") val accessTokenTtl: Long? = null,
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>? = null,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>? = null,
    @param:JsonProperty("skip_consent") val skipConsent: Boolean? = null,
    @param:JsonProperty("jwks") val jwks: Map<String, JsonNode>? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
 *
 * @property role A role key; `member` when absent.
 * @property locale Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
 * @property expiresInSecs Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateInvitation(
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("role") val role: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
    @param:JsonProperty("expires_in_secs") val expiresInSecs: Long? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations`.
 *
 * @property logoUrl An https URL of at most 2048 characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateOrganization(
    @param:JsonProperty("slug") val slug: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("logo_url") val logoUrl: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
    @param:JsonProperty("policies") val policies: OrganizationPolicies? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateOrganizationDomain(
    @param:JsonProperty("domain") val domain: String,
    @param:JsonProperty("auto_join") val autoJoin: Boolean? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/resources`.
 *
 * @property identifier An absolute URI without a fragment; unique in the tenant.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateResource(
    @param:JsonProperty("identifier") val identifier: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("scopes") val scopes: List<String>? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateResourceGrant(
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("resource") val resource: String,
    @param:JsonProperty("role") val role: String,
)

/**
 * Body of `POST …/roles`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateRole(
    @param:JsonProperty("key") val key: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("description") val description: String? = null,
    @param:JsonProperty("permissions") val permissions: List<String>,
)

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
 *
 * @property role A role of the organization (built-in, tenant-wide or its own); `member` by default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateServiceAccount(
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("role") val role: String? = null,
    @param:JsonProperty("scopes") val scopes: List<String>? = null,
    @param:JsonProperty("audiences") val audiences: List<String>? = null,
)

/**
 * Body of `POST /v1/tenants`.
 *
 * @property slug Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
 * @property name Display name, 1-200 characters.
 * @property signingAlg Primary signing algorithm; ES256 when omitted.
 * @property allowedOrigins Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateTenant(
    @param:JsonProperty("slug") val slug: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("signing_alg") val signingAlg: SigningAlg? = null,
    @param:JsonProperty("allowed_origins") val allowedOrigins: List<String>? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/users`.
 *
 * @property password Checked against the password policy; omit for a user who signs in another way.
 * @property passwordHash An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`, `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC strings). It is replaced by an argon2id hash with the server's parameters at the user's first successful sign-in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateUser(
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("password") val password: String? = null,
    @param:JsonProperty("password_hash") val passwordHash: String? = null,
    @param:JsonProperty("email_verified") val emailVerified: Boolean? = null,
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("picture") val picture: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/email-code/verify`.
 *
 * @property code The six-digit code from the email.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailCodeVerify(
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("code") val code: String,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailRequest(
    @param:JsonProperty("email") val email: String,
)

/**
 * The answer to a request that may send an email. It is the same whether or not the
 * address belongs to an account, so it reveals nothing about which accounts exist.
 *
 * @property message A sentence to show the person who asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailRequestAccepted(
    @param:JsonProperty("message") val message: String,
)

/**
 * A tenant's override of a built-in email template in one locale.
 *
 * @property template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
 * @property locale Lowercase BCP 47 tag, such as `de` or `pt-br`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailTemplate(
    @param:JsonProperty("template") val template: String,
    @param:JsonProperty("locale") val locale: String,
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("text") val text: String,
    @param:JsonProperty("html") val html: String,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * A tenant's template overrides.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailTemplateList(
    @param:JsonProperty("data") val data: List<EmailTemplate>,
)

/**
 * The answer to a successful email verification.
 *
 * @property email The address that is now verified.
 * @property emailVerified Always `true`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailVerified(
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("email_verified") val emailVerified: Boolean,
)

/**
 * Stable machine-readable error codes carried in `code` of every problem response.
 *
 * Clients branch on these, never on `title` or `detail`, which are for people.
 */
enum class ErrorCode(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("invalid_body")
    INVALID_BODY("invalid_body"),
    @JsonProperty("unsupported_media_type")
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    @JsonProperty("payload_too_large")
    PAYLOAD_TOO_LARGE("payload_too_large"),
    @JsonProperty("invalid_parameter")
    INVALID_PARAMETER("invalid_parameter"),
    @JsonProperty("validation_failed")
    VALIDATION_FAILED("validation_failed"),
    @JsonProperty("unauthorized")
    UNAUTHORIZED("unauthorized"),
    @JsonProperty("invalid_credentials")
    INVALID_CREDENTIALS("invalid_credentials"),
    @JsonProperty("invalid_token")
    INVALID_TOKEN("invalid_token"),
    @JsonProperty("invalid_code")
    INVALID_CODE("invalid_code"),
    @JsonProperty("account_locked")
    ACCOUNT_LOCKED("account_locked"),
    @JsonProperty("rate_limited")
    RATE_LIMITED("rate_limited"),
    @JsonProperty("account_disabled")
    ACCOUNT_DISABLED("account_disabled"),
    @JsonProperty("signup_disabled")
    SIGNUP_DISABLED("signup_disabled"),
    @JsonProperty("email_domain_not_allowed")
    EMAIL_DOMAIN_NOT_ALLOWED("email_domain_not_allowed"),
    @JsonProperty("origin_not_allowed")
    ORIGIN_NOT_ALLOWED("origin_not_allowed"),
    @JsonProperty("not_found")
    NOT_FOUND("not_found"),
    @JsonProperty("method_not_allowed")
    METHOD_NOT_ALLOWED("method_not_allowed"),
    @JsonProperty("already_exists")
    ALREADY_EXISTS("already_exists"),
    @JsonProperty("conflict")
    CONFLICT("conflict"),
    @JsonProperty("request_timeout")
    REQUEST_TIMEOUT("request_timeout"),
    @JsonProperty("service_unavailable")
    SERVICE_UNAVAILABLE("service_unavailable"),
    @JsonProperty("internal_error")
    INTERNAL_ERROR("internal_error"),
    @JsonProperty("permission_denied")
    PERMISSION_DENIED("permission_denied"),
    @JsonProperty("organization_policy_violation")
    ORGANIZATION_POLICY_VIOLATION("organization_policy_violation"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * One invalid field of a request body.
 *
 * @property pointer The field's name, as a JSON pointer into the request body (`/slug`).
 * @property message What is wrong with it and what would be accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class FieldError(
    @param:JsonProperty("pointer") val pointer: String,
    @param:JsonProperty("message") val message: String,
)

/**
 * OAuth grant types a client may use.
 */
enum class GrantType(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("client_credentials")
    CLIENT_CREDENTIALS("client_credentials"),
    @JsonProperty("authorization_code")
    AUTHORIZATION_CODE("authorization_code"),
    @JsonProperty("refresh_token")
    REFRESH_TOKEN("refresh_token"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Body of the health endpoints.
 *
 * @property status `ok` for liveness, `ready` for readiness.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class HealthStatus(
    @param:JsonProperty("status") val status: String,
)

/**
 * An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
 *
 * @property aud A string or an array of strings, as in the token.
 * @property orgId The organization the token (or API key) acts in.
 * @property orgRole The member's role in the organization (session tokens switched into one).
 * @property permissions The `resource:action` patterns the token or API key carries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class IntrospectionResponse(
    @param:JsonProperty("active") val active: Boolean,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("client_id") val clientId: String? = null,
    @param:JsonProperty("token_type") val tokenType: String? = null,
    @param:JsonProperty("exp") val exp: Long? = null,
    @param:JsonProperty("iat") val iat: Long? = null,
    @param:JsonProperty("sub") val sub: String? = null,
    @param:JsonProperty("aud") val aud: JsonNode? = null,
    @param:JsonProperty("iss") val iss: String? = null,
    @param:JsonProperty("jti") val jti: String? = null,
    @param:JsonProperty("org_id") val orgId: String? = null,
    @param:JsonProperty("org_slug") val orgSlug: String? = null,
    @param:JsonProperty("org_role") val orgRole: String? = null,
    @param:JsonProperty("permissions") val permissions: List<String>? = null,
)

/**
 * An invitation to join an organization, sent by email.
 *
 * @property id Server-assigned identifier (`inv_…`).
 * @property role The role the invitee gets on accepting.
 * @property sentAt When the latest email went out (a resend moves it).
 * @property acceptedBy The user who accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Invitation(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("state") val state: InvitationState,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("sent_at") val sentAt: OffsetDateTime,
    @param:JsonProperty("expires_at") val expiresAt: OffsetDateTime,
    @param:JsonProperty("accepted_at") val acceptedAt: OffsetDateTime? = null,
    @param:JsonProperty("accepted_by") val acceptedBy: String? = null,
)

/**
 * What accepting an invitation did.
 *
 * @property userCreated Whether a new account was created for the invitee.
 * @property session Session tokens for a newly created account, switched into the organization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class InvitationAccepted(
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("organization_slug") val organizationSlug: String,
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("user_created") val userCreated: Boolean,
    @param:JsonProperty("session") val session: SessionTokens? = null,
)

/**
 * One page of invitations, newest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class InvitationList(
    @param:JsonProperty("data") val data: List<Invitation>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * Where an invitation stands.
 */
enum class InvitationState(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("accepted")
    ACCEPTED("accepted"),
    @JsonProperty("revoked")
    REVOKED("revoked"),
    @JsonProperty("expired")
    EXPIRED("expired"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
 *
 * @property kty `EC`, `RSA` or `OKP`.
 * @property use Always `sig`.
 * @property crv Curve: `P-256` (EC) or `Ed25519` (OKP).
 * @property n RSA modulus, base64url.
 * @property e RSA public exponent, base64url.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Jwk(
    @param:JsonProperty("kty") val kty: String,
    @param:JsonProperty("kid") val kid: String,
    @param:JsonProperty("use") val use: String,
    @param:JsonProperty("alg") val alg: String,
    @param:JsonProperty("crv") val crv: String? = null,
    @param:JsonProperty("x") val x: String? = null,
    @param:JsonProperty("y") val y: String? = null,
    @param:JsonProperty("n") val n: String? = null,
    @param:JsonProperty("e") val e: String? = null,
)

/**
 * A JSON Web Key Set (RFC 7517 §5).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class JwkSet(
    @param:JsonProperty("keys") val keys: List<Jwk>,
)

/**
 * Lifecycle of a signing key.
 */
enum class KeyStatus(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("retired")
    RETIRED("retired"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Body of `POST /t/{tenant}/auth/login`.
 *
 * @property organization Sign in into this organization (its id, `org_…`, or its slug), as with `organization` on the authorization request: the session opens switched into it, and its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user must be a member and the sign-in must meet the organization's policies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class LoginRequest(
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("password") val password: String,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
    @param:JsonProperty("organization") val organization: String? = null,
)

/**
 * What a correct password leads to: session tokens, or, when the account has a second
 * factor, a challenge (`mfa_required: true`).
 */
@JsonDeserialize(using = LoginResponse.Decoder::class)
sealed interface LoginResponse {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    class Decoder : StdDeserializer<LoginResponse>(LoginResponse::class.java) {
        override fun deserialize(parser: JsonParser, context: DeserializationContext): LoginResponse {
            val node: JsonNode = parser.readValueAsTree()
            if (node.isObject && node.has("access_token") && node.has("token_type") && node.has("expires_in") && node.has("session_id")) {
                return context.readTreeAsValue(node, SessionTokens::class.java)
            }
            if (node.isObject && node.has("mfa_required") && node.has("mfa_token") && node.has("factors") && node.has("expires_in")) {
                return context.readTreeAsValue(node, MfaChallenge::class.java)
            }
            return context.reportInputMismatch(LoginResponse::class.java, "no variant of LoginResponse matches %s", node)
        }
    }
}

/**
 * Body of `POST /t/{tenant}/auth/magic-link/verify`.
 *
 * @property token The token from the magic link (`tml_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class MagicLinkVerify(
    @param:JsonProperty("token") val token: String,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * A user's membership of an organization.
 *
 * @property role The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Membership(
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of members, ordered by user id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class MembershipList(
    @param:JsonProperty("data") val data: List<Membership>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * The answer to a correct password when the account has a second factor: no session yet,
 * but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
 *
 * @property mfaRequired Always `true`; tells this answer apart from session tokens.
 * @property mfaToken `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful verification. Wrong codes do not spend it, but count towards the account's lockout.
 * @property factors The factors the user can complete the sign-in with.
 * @property expiresIn Seconds until `mfa_token` expires.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None::class)
data class MfaChallenge(
    @param:JsonProperty("mfa_required") val mfaRequired: Boolean,
    @param:JsonProperty("mfa_token") val mfaToken: String,
    @param:JsonProperty("factors") val factors: List<MfaFactor>,
    @param:JsonProperty("expires_in") val expiresIn: Long,
) : LoginResponse

/**
 * A second factor that completes a sign-in.
 */
enum class MfaFactor(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("totp")
    TOTP("totp"),
    @JsonProperty("recovery_code")
    RECOVERY_CODE("recovery_code"),
    @JsonProperty("passkey")
    PASSKEY("passkey"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
 * `code` and `recovery_code`.
 *
 * @property mfaToken The `mfa_token` of the login answer.
 * @property code The current six-digit code of the user's authenticator app.
 * @property recoveryCode One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens, spaces and case are optional).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class MfaVerifyRequest(
    @param:JsonProperty("mfa_token") val mfaToken: String,
    @param:JsonProperty("code") val code: String? = null,
    @param:JsonProperty("recovery_code") val recoveryCode: String? = null,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * An organization the signed-in user belongs to, with their role in it.
 *
 * @property current Whether the session making the request is switched into this organization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class MyOrganization(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("slug") val slug: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("logo_url") val logoUrl: String? = null,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("current") val current: Boolean,
    @param:JsonProperty("joined_at") val joinedAt: OffsetDateTime,
)

/**
 * One page of the signed-in user's organizations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class MyOrganizationList(
    @param:JsonProperty("data") val data: List<MyOrganization>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * An error of an OAuth endpoint (RFC 6749 §5.2).
 *
 * @property error `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or `unsupported_token_type` (RFC 7009).
 * @property errorDescription What went wrong, for the developer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OAuthError(
    @param:JsonProperty("error") val error: String,
    @param:JsonProperty("error_description") val errorDescription: String? = null,
)

/**
 * A tenant's authorization-server policy.
 *
 * @property dynamicClientRegistration Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP clients do. Off by default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OAuthSettings(
    @param:JsonProperty("dynamic_client_registration") val dynamicClientRegistration: Boolean,
)

/**
 * OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
 * Authorization Server Metadata (RFC 8414).
 *
 * Only what the server implements is advertised; endpoints appear as they land.
 *
 * @property issuer The tenant's issuer identifier, `{public_url}/t/{slug}`.
 * @property jwksUri Where the tenant's public signing keys are published.
 * @property authorizationEndpoint Where users sign in and grant access (code flow with PKCE only).
 * @property tokenEndpoint RFC 8414 §2.
 * @property userinfoEndpoint OpenID Connect Core §5.3.
 * @property endSessionEndpoint OpenID Connect RP-Initiated Logout 1.0.
 * @property registrationEndpoint RFC 7591; present only when the tenant allows dynamic registration.
 * @property introspectionEndpoint RFC 7662.
 * @property revocationEndpoint RFC 7009.
 * @property authorizationResponseIssParameterSupported RFC 9207: authorization responses carry `iss`.
 * @property tokenEndpointAuthSigningAlgValuesSupported Algorithms `private_key_jwt` assertions may be signed with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OpenIdConfiguration(
    @param:JsonProperty("issuer") val issuer: String,
    @param:JsonProperty("jwks_uri") val jwksUri: String,
    @param:JsonProperty("authorization_endpoint") val authorizationEndpoint: String,
    @param:JsonProperty("token_endpoint") val tokenEndpoint: String,
    @param:JsonProperty("userinfo_endpoint") val userinfoEndpoint: String,
    @param:JsonProperty("end_session_endpoint") val endSessionEndpoint: String,
    @param:JsonProperty("registration_endpoint") val registrationEndpoint: String? = null,
    @param:JsonProperty("introspection_endpoint") val introspectionEndpoint: String,
    @param:JsonProperty("revocation_endpoint") val revocationEndpoint: String,
    @param:JsonProperty("scopes_supported") val scopesSupported: List<String>,
    @param:JsonProperty("response_types_supported") val responseTypesSupported: List<String>,
    @param:JsonProperty("response_modes_supported") val responseModesSupported: List<String>,
    @param:JsonProperty("grant_types_supported") val grantTypesSupported: List<String>,
    @param:JsonProperty("subject_types_supported") val subjectTypesSupported: List<String>,
    @param:JsonProperty("id_token_signing_alg_values_supported") val idTokenSigningAlgValuesSupported: List<String>,
    @param:JsonProperty("code_challenge_methods_supported") val codeChallengeMethodsSupported: List<String>,
    @param:JsonProperty("prompt_values_supported") val promptValuesSupported: List<String>,
    @param:JsonProperty("claims_supported") val claimsSupported: List<String>,
    @param:JsonProperty("authorization_response_iss_parameter_supported") val authorizationResponseIssParameterSupported: Boolean,
    @param:JsonProperty("request_parameter_supported") val requestParameterSupported: Boolean,
    @param:JsonProperty("request_uri_parameter_supported") val requestUriParameterSupported: Boolean,
    @param:JsonProperty("token_endpoint_auth_methods_supported") val tokenEndpointAuthMethodsSupported: List<String>,
    @param:JsonProperty("token_endpoint_auth_signing_alg_values_supported") val tokenEndpointAuthSigningAlgValuesSupported: List<String>,
    @param:JsonProperty("introspection_endpoint_auth_methods_supported") val introspectionEndpointAuthMethodsSupported: List<String>,
    @param:JsonProperty("revocation_endpoint_auth_methods_supported") val revocationEndpointAuthMethodsSupported: List<String>,
)

/**
 * An organization of a tenant: a customer company, a team, a workspace.
 *
 * @property id Server-assigned identifier (`org_…`).
 * @property slug Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id or the slug.
 * @property metadata Free-form JSON object for the application's own data (at most 16 KiB).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Organization(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("slug") val slug: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("logo_url") val logoUrl: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>,
    @param:JsonProperty("policies") val policies: OrganizationPolicies,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * A domain an organization claims, proven by a DNS TXT record.
 *
 * @property id Server-assigned identifier (`dom_…`).
 * @property txtName Publish a TXT record with this name…
 * @property txtValue …and this value, then call `verify`.
 * @property autoJoin Users with a verified email at this domain join the organization (as `member`) when they sign in, once the domain is verified.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OrganizationDomain(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("domain") val domain: String,
    @param:JsonProperty("txt_name") val txtName: String,
    @param:JsonProperty("txt_value") val txtValue: String,
    @param:JsonProperty("verified") val verified: Boolean,
    @param:JsonProperty("auto_join") val autoJoin: Boolean,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("verified_at") val verifiedAt: OffsetDateTime? = null,
)

/**
 * An organization's domains.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OrganizationDomainList(
    @param:JsonProperty("data") val data: List<OrganizationDomain>,
)

/**
 * One page of organizations, in creation order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OrganizationList(
    @param:JsonProperty("data") val data: List<Organization>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * Rules an organization sets for sessions switched into it; checked at the switch.
 *
 * @property allowedSignInMethods The sign-in methods a session must have been opened with: `password`, `magic_link`, `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's method is the second factor's). Absent: any method.
 * @property mfaRequired The session must have been completed with a second factor (TOTP or a recovery code).
 * @property maxSessionAgeSecs The session must have been opened at most this many seconds ago (60 to 31,536,000).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OrganizationPolicies(
    @param:JsonProperty("allowed_sign_in_methods") val allowedSignInMethods: List<String>? = null,
    @param:JsonProperty("mfa_required") val mfaRequired: Boolean? = null,
    @param:JsonProperty("max_session_age_secs") val maxSessionAgeSecs: Long? = null,
)

/**
 * A message in the development outbox, in full (links and codes included).
 *
 * @property id `eml_…`
 * @property text The plain-text part.
 * @property html The HTML part.
 * @property template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
 * @property locale The locale the message was rendered in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OutboxMessage(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("to") val to: String,
    @param:JsonProperty("from") val from: String,
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("text") val text: String,
    @param:JsonProperty("html") val html: String,
    @param:JsonProperty("template") val template: String,
    @param:JsonProperty("locale") val locale: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
)

/**
 * One page of outbox messages, newest first.
 *
 * @property nextCursor Pass as `cursor` for the next (older) page; absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OutboxMessageList(
    @param:JsonProperty("data") val data: List<OutboxMessage>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * A registered passkey.
 *
 * @property credentialId The credential ID, base64url (the browser's `rawId`).
 * @property backupEligible The authenticator may sync it to other devices (WebAuthn backup eligibility).
 * @property backedUp It is currently backed up (synced).
 * @property attestationFormat The attestation statement format it registered with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Passkey(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("credential_id") val credentialId: String,
    @param:JsonProperty("backup_eligible") val backupEligible: Boolean,
    @param:JsonProperty("backed_up") val backedUp: Boolean,
    @param:JsonProperty("attestation_format") val attestationFormat: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("last_used_at") val lastUsedAt: OffsetDateTime? = null,
)

/**
 * Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
 *
 * @property ceremonyId `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
 * @property options `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
 * @property expiresIn Seconds until the ceremony expires.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeyCeremony(
    @param:JsonProperty("ceremony_id") val ceremonyId: String,
    @param:JsonProperty("options") val options: Map<String, JsonNode>,
    @param:JsonProperty("expires_in") val expiresIn: Long,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeyList(
    @param:JsonProperty("data") val data: List<Passkey>,
)

/**
 * Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
 *
 * @property credential The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
 * @property name 1-64 characters; defaults to "Passkey".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeyRegistrationFinish(
    @param:JsonProperty("ceremony_id") val ceremonyId: String,
    @param:JsonProperty("credential") val credential: Map<String, JsonNode>,
    @param:JsonProperty("name") val name: String? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeySecondFactorFinish(
    @param:JsonProperty("mfa_token") val mfaToken: String,
    @param:JsonProperty("ceremony_id") val ceremonyId: String,
    @param:JsonProperty("credential") val credential: Map<String, JsonNode>,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
 *
 * @property mfaToken The `mfa_token` of the login answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeySecondFactorStart(
    @param:JsonProperty("mfa_token") val mfaToken: String,
)

/**
 * Body of `POST /t/{tenant}/auth/passkeys/verify`.
 *
 * @property credential The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
 * @property organization Sign in into this organization (its id, `org_…`, or its slug), as at `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a member and the sign-in meets its policies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeySignInFinish(
    @param:JsonProperty("ceremony_id") val ceremonyId: String,
    @param:JsonProperty("credential") val credential: Map<String, JsonNode>,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
    @param:JsonProperty("organization") val organization: String? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/passkeys/options`.
 *
 * @property email Ask for this account's passkeys only. Without it (username-less), any passkey the browser holds for the tenant may answer. The answer does not reveal whether the account exists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasskeySignInStart(
    @param:JsonProperty("email") val email: String? = null,
)

/**
 * The policy in force: the tenant's choices over the server's defaults.
 *
 * @property minLength Fewest characters (Unicode scalar values) a password may have; at least 8.
 * @property maxLength Most characters a password may have; at most 1024.
 * @property rejectCommon Refuse passwords on the shipped list of 20,000 common passwords.
 * @property rejectPersonalInfo Refuse passwords containing the account's email, its local part, or a word of the user's name.
 * @property checkBreached Refuse passwords found in known breaches, asked of the server's Pwned Passwords range API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
 * @property breachCheckAvailable Whether the server has a range API configured (`pwned_passwords_url`), without which `check_breached` cannot be turned on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasswordPolicy(
    @param:JsonProperty("min_length") val minLength: Long,
    @param:JsonProperty("max_length") val maxLength: Long,
    @param:JsonProperty("reject_common") val rejectCommon: Boolean,
    @param:JsonProperty("reject_personal_info") val rejectPersonalInfo: Boolean,
    @param:JsonProperty("check_breached") val checkBreached: Boolean,
    @param:JsonProperty("breach_check_available") val breachCheckAvailable: Boolean,
)

/**
 * Body of `POST /t/{tenant}/auth/password-reset/confirm`.
 *
 * @property token The token from the reset link (`tpr_…`).
 * @property newPassword Checked against the password policy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PasswordResetConfirm(
    @param:JsonProperty("token") val token: String,
    @param:JsonProperty("new_password") val newPassword: String,
)

/**
 * An RFC 9457 problem document, sent as `application/problem+json`.
 *
 * @property type A URI naming the problem type: `urn:tessera:problem:{code}`.
 * @property title A short summary of the problem type.
 * @property status The HTTP status code.
 * @property detail What went wrong in this occurrence, written for a person.
 * @property code The stable machine-readable code.
 * @property requestId The request id, also sent as the `x-request-id` response header.
 * @property errors Field-level errors, for `validation_failed`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Problem(
    @param:JsonProperty("type") val type: String,
    @param:JsonProperty("title") val title: String,
    @param:JsonProperty("status") val status: Long,
    @param:JsonProperty("detail") val detail: String,
    @param:JsonProperty("code") val code: ErrorCode,
    @param:JsonProperty("request_id") val requestId: String? = null,
    @param:JsonProperty("errors") val errors: List<FieldError>? = null,
)

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ProtectedResourceMetadata(
    @param:JsonProperty("resource") val resource: String,
    @param:JsonProperty("authorization_servers") val authorizationServers: List<String>,
    @param:JsonProperty("scopes_supported") val scopesSupported: List<String>,
    @param:JsonProperty("bearer_methods_supported") val bearerMethodsSupported: List<String>,
    @param:JsonProperty("resource_name") val resourceName: String,
)

/**
 * Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
 *
 * Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
 * `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
 * `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
 *
 * @property subject One line, at most 200 characters.
 * @property text The plain-text part, at most 32 KiB.
 * @property html The HTML part, at most 64 KiB.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PutEmailTemplate(
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("text") val text: String,
    @param:JsonProperty("html") val html: String,
)

/**
 * Re-authentication for sensitive self-service changes (deleting the account, managing the
 * second factor).
 *
 * @property currentPassword Required when the account has a password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Reauthenticate(
    @param:JsonProperty("current_password") val currentPassword: String? = null,
)

/**
 * Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
 * code. Only their hashes are stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RecoveryCodes(
    @param:JsonProperty("recovery_codes") val recoveryCodes: List<String>,
)

/**
 * Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
 * may instead come from the session cookie.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RefreshRequest(
    @param:JsonProperty("refresh_token") val refreshToken: String? = null,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
 *
 * @property name 1-64 characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RenamePasskey(
    @param:JsonProperty("name") val name: String,
)

/**
 * An API protected by the tenant, such as an MCP server.
 *
 * @property id `res_…`.
 * @property identifier The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g. the MCP server's URL.
 * @property scopes Scopes clients may request for this API (e.g. one per MCP tool).
 * @property metadataUrl Where its RFC 9728 protected-resource metadata is served.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Resource(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("identifier") val identifier: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("metadata_url") val metadataUrl: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * A role held on one resource of an organization by one of its members or service
 * accounts, on top of their organization-wide role.
 *
 * @property id `rgr_…`
 * @property subject A member's user id (`usr_…`) or a service account's client id (`cli_…`).
 * @property resource The resource, as checks name it (`document:123`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ResourceGrant(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("resource") val resource: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
)

/**
 * One page of resource grants, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ResourceGrantList(
    @param:JsonProperty("data") val data: List<ResourceGrant>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ResourceList(
    @param:JsonProperty("data") val data: List<Resource>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
 * `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
 *
 * @property key Unique within its scope; lowercase letters, digits, `-` and `_`.
 * @property permissions `resource:action` patterns; `resource:*` grants every action on a resource, `*` everything.
 * @property organizationId The organization a custom role belongs to; absent for tenant-wide roles.
 * @property updatedAt Absent for a built-in role whose permissions were never changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Role(
    @param:JsonProperty("key") val key: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("description") val description: String? = null,
    @param:JsonProperty("permissions") val permissions: List<String>,
    @param:JsonProperty("built_in") val builtIn: Boolean,
    @param:JsonProperty("organization_id") val organizationId: String? = null,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime? = null,
)

/**
 * The roles of a scope: built-in roles first, then custom roles by key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RoleList(
    @param:JsonProperty("data") val data: List<Role>,
)

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
 *
 * @property overlapSecs How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RotateApiKey(
    @param:JsonProperty("overlap_secs") val overlapSecs: Long? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
 *
 * @property previousSecretsExpireIn Seconds the client's current secrets keep working (0-2592000, default 86400), so deployments can switch over without downtime.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RotateClientSecret(
    @param:JsonProperty("previous_secrets_expire_in") val previousSecretsExpireIn: Long? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
 *
 * @property alg Rotate only the key of this algorithm; all active keys when omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RotateKeysRequest(
    @param:JsonProperty("alg") val alg: SigningAlg? = null,
)

/**
 * A confidential OAuth client (`client_credentials`) owned by an organization and acting
 * with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
 * `permissions`, and `authz/check` takes its client id as the subject.
 *
 * @property id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
 * @property role Its role in the organization.
 * @property scopes Scopes it may request.
 * @property audiences Resources (`aud` values) it may request tokens for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ServiceAccount(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("audiences") val audiences: List<String>,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of an organization's service accounts, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ServiceAccountList(
    @param:JsonProperty("data") val data: List<ServiceAccount>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * A new service account and its client secret, shown once.
 *
 * @property id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
 * @property role Its role in the organization.
 * @property scopes Scopes it may request.
 * @property audiences Resources (`aud` values) it may request tokens for.
 * @property clientSecret The client secret (`tss_…`); store it now, it cannot be shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ServiceAccountWithSecret(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("organization_id") val organizationId: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("role") val role: String,
    @param:JsonProperty("scopes") val scopes: List<String>,
    @param:JsonProperty("audiences") val audiences: List<String>,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
    @param:JsonProperty("client_secret") val clientSecret: String,
)

/**
 * A sign-in session.
 *
 * @property id `ses_…`, the `sid` claim of its access tokens.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Session(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("last_used_at") val lastUsedAt: OffsetDateTime,
    @param:JsonProperty("expires_at") val expiresAt: OffsetDateTime,
    @param:JsonProperty("ip") val ip: String? = null,
    @param:JsonProperty("user_agent") val userAgent: String? = null,
)

/**
 * A user's live sessions, newest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SessionList(
    @param:JsonProperty("data") val data: List<Session>,
)

/**
 * Tokens of a session.
 *
 * @property accessToken An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
 * @property tokenType Always `Bearer`.
 * @property expiresIn Seconds until the access token expires.
 * @property refreshToken Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None::class)
data class SessionTokens(
    @param:JsonProperty("access_token") val accessToken: String,
    @param:JsonProperty("token_type") val tokenType: String,
    @param:JsonProperty("expires_in") val expiresIn: Long,
    @param:JsonProperty("refresh_token") val refreshToken: String? = null,
    @param:JsonProperty("session_id") val sessionId: String,
) : LoginResponse

/**
 * Replaces the tenant's password policy; an omitted field returns to the server's default.
 *
 * @property minLength 8 to `max_length` [default: 10].
 * @property maxLength `min_length` to 1024 [default: 256].
 * @property rejectCommon [default: the server's `reject_common_passwords`, true unless configured].
 * @property rejectPersonalInfo [default: true].
 * @property checkBreached Only when the server has `pwned_passwords_url` [default: true when it has].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SetPasswordPolicy(
    @param:JsonProperty("min_length") val minLength: Long? = null,
    @param:JsonProperty("max_length") val maxLength: Long? = null,
    @param:JsonProperty("reject_common") val rejectCommon: Boolean? = null,
    @param:JsonProperty("reject_personal_info") val rejectPersonalInfo: Boolean? = null,
    @param:JsonProperty("check_breached") val checkBreached: Boolean? = null,
)

/**
 * JWS algorithms a tenant can sign with.
 */
enum class SigningAlg(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("ES256")
    ES256("ES256"),
    @JsonProperty("RS256")
    RS256("RS256"),
    @JsonProperty("EdDSA")
    ED_DSA("EdDSA"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * A tenant signing key's public metadata (private keys never leave the server).
 *
 * @property kid Key id: the RFC 7638 JWK thumbprint.
 * @property publishedUntil When a retired key leaves the JWKS: no token it signed is still valid by then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SigningKey(
    @param:JsonProperty("kid") val kid: String,
    @param:JsonProperty("alg") val alg: SigningAlg,
    @param:JsonProperty("status") val status: KeyStatus,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("retired_at") val retiredAt: OffsetDateTime? = null,
    @param:JsonProperty("published_until") val publishedUntil: OffsetDateTime? = null,
)

/**
 * The tenant's published keys: active ones first, then retired ones still in the JWKS.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SigningKeyList(
    @param:JsonProperty("data") val data: List<SigningKey>,
)

/**
 * Who may create an account with `POST /t/{tenant}/auth/signup`.
 */
enum class SignupMode(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("open")
    OPEN("open"),
    @JsonProperty("invite_only")
    INVITE_ONLY("invite_only"),
    @JsonProperty("domain_allowlist")
    DOMAIN_ALLOWLIST("domain_allowlist"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Body of `POST /t/{tenant}/auth/signup`.
 *
 * @property password Checked against the password policy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SignupRequest(
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("password") val password: String,
    @param:JsonProperty("name") val name: String? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/signup/verify`.
 *
 * @property token The token from the confirmation link (`tsu_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SignupVerify(
    @param:JsonProperty("token") val token: String,
    @param:JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * A tenant: an isolated application environment with its own issuer, keys and users
 * (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
 *
 * @property id Server-assigned identifier (`ten_…`).
 * @property slug URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
 * @property name Display name.
 * @property issuer The tenant's OpenID issuer: `{public_url}/t/{slug}`.
 * @property signingAlg Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
 * @property allowedOrigins Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
 * @property signupMode Who may sign up by themselves.
 * @property signupAllowedDomains Email domains that may sign up when `signup_mode` is `domain_allowlist`.
 * @property blockDisposableEmails Whether signups from disposable-address services (a shipped list) are refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Tenant(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("slug") val slug: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("issuer") val issuer: String,
    @param:JsonProperty("signing_alg") val signingAlg: SigningAlg,
    @param:JsonProperty("allowed_origins") val allowedOrigins: List<String>,
    @param:JsonProperty("signup_mode") val signupMode: SignupMode,
    @param:JsonProperty("signup_allowed_domains") val signupAllowedDomains: List<String>,
    @param:JsonProperty("block_disposable_emails") val blockDisposableEmails: Boolean,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of tenants, oldest first.
 *
 * @property nextCursor Pass as `cursor` to fetch the next page; absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TenantList(
    @param:JsonProperty("data") val data: List<Tenant>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * A signed RFC 9068 access token (`typ: at+jwt`).
 *
 * @property tokenType Always `Bearer`.
 * @property expiresIn Seconds until `exp`.
 * @property kid The signing key's id, also in the JWS header.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TestToken(
    @param:JsonProperty("access_token") val accessToken: String,
    @param:JsonProperty("token_type") val tokenType: String,
    @param:JsonProperty("expires_in") val expiresIn: Long,
    @param:JsonProperty("kid") val kid: String,
)

/**
 * Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
 * testing resource servers (as Keycloak's "generate example access token").
 *
 * @property subject The token's `sub`.
 * @property audience The token's `aud`, such as an API identifier.
 * @property scope Space-separated scopes for the `scope` claim.
 * @property expiresIn Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TestTokenRequest(
    @param:JsonProperty("subject") val subject: String,
    @param:JsonProperty("audience") val audience: String,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("expires_in") val expiresIn: Long? = null,
)

/**
 * How the refresh token travels.
 */
enum class TokenDelivery(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("token")
    TOKEN("token"),
    @JsonProperty("cookie")
    COOKIE("cookie"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * How a client authenticates at the token endpoint (RFC 7591 §2).
 */
enum class TokenEndpointAuthMethod(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("client_secret_basic")
    CLIENT_SECRET_BASIC("client_secret_basic"),
    @JsonProperty("client_secret_post")
    CLIENT_SECRET_POST("client_secret_post"),
    @JsonProperty("none")
    NONE("none"),
    @JsonProperty("private_key_jwt")
    PRIVATE_KEY_JWT("private_key_jwt"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
 *
 * @property tokenTypeHint `access_token` or `refresh_token`; a hint only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenQuery(
    @param:JsonProperty("token") val token: String,
    @param:JsonProperty("token_type_hint") val tokenTypeHint: String? = null,
    @param:JsonProperty("client_id") val clientId: String? = null,
    @param:JsonProperty("client_secret") val clientSecret: String? = null,
    @param:JsonProperty("client_assertion_type") val clientAssertionType: String? = null,
    @param:JsonProperty("client_assertion") val clientAssertion: String? = null,
)

/**
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
 * §4.4.2 and §6).
 *
 * @property grantType `authorization_code`, `refresh_token` or `client_credentials`.
 * @property code With `authorization_code`: the code the authorization endpoint returned.
 * @property redirectUri With `authorization_code`: the `redirect_uri` of the authorization request.
 * @property codeVerifier With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
 * @property refreshToken With `refresh_token`: the refresh token to spend.
 * @property scope Space-separated scopes; all the client's scopes when omitted.
 * @property resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).
 * @property audience Auth0-style synonym of `resource`.
 * @property clientId With `client_secret_post`.
 * @property clientSecret With `client_secret_post`.
 * @property clientAssertionType With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
 * @property clientAssertion With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenRequest(
    @param:JsonProperty("grant_type") val grantType: String,
    @param:JsonProperty("code") val code: String? = null,
    @param:JsonProperty("redirect_uri") val redirectUri: String? = null,
    @param:JsonProperty("code_verifier") val codeVerifier: String? = null,
    @param:JsonProperty("refresh_token") val refreshToken: String? = null,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("resource") val resource: String? = null,
    @param:JsonProperty("audience") val audience: String? = null,
    @param:JsonProperty("client_id") val clientId: String? = null,
    @param:JsonProperty("client_secret") val clientSecret: String? = null,
    @param:JsonProperty("client_assertion_type") val clientAssertionType: String? = null,
    @param:JsonProperty("client_assertion") val clientAssertion: String? = null,
)

/**
 * A successful token response (RFC 6749 §5.1).
 *
 * @property tokenType Always `Bearer`.
 * @property scope The granted scopes, when any.
 * @property refreshToken A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
 * @property idToken The OpenID Connect ID token, when the `openid` scope was granted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenResponse(
    @param:JsonProperty("access_token") val accessToken: String,
    @param:JsonProperty("token_type") val tokenType: String,
    @param:JsonProperty("expires_in") val expiresIn: Long,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("refresh_token") val refreshToken: String? = null,
    @param:JsonProperty("id_token") val idToken: String? = null,
)

/**
 * A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
 * into an authenticator app, then confirm with a code it shows.
 *
 * @property secret The shared secret in base32 (RFC 4648, no padding), for manual entry.
 * @property otpauthUri The `otpauth://totp/…` key URI that the QR codes encode.
 * @property qrPng The QR code as a PNG `data:` URI, ready for an `<img src>`.
 * @property qrSvg The QR code as an SVG document.
 * @property algorithm Always `SHA1`, the algorithm every authenticator app supports.
 * @property digits Digits per code (6).
 * @property period Seconds per time step (30).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TotpEnrolment(
    @param:JsonProperty("secret") val secret: String,
    @param:JsonProperty("otpauth_uri") val otpauthUri: String,
    @param:JsonProperty("qr_png") val qrPng: String,
    @param:JsonProperty("qr_svg") val qrSvg: String,
    @param:JsonProperty("algorithm") val algorithm: String,
    @param:JsonProperty("digits") val digits: Long,
    @param:JsonProperty("period") val period: Long,
)

/**
 * Where a user's TOTP authenticator stands.
 */
enum class TotpState(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("disabled")
    DISABLED("disabled"),
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("enabled")
    ENABLED("enabled"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

/**
 * A user's TOTP status.
 *
 * @property createdAt When the current authenticator's enrolment started.
 * @property confirmedAt When it was confirmed (enabled).
 * @property recoveryCodesRemaining Unused recovery codes left.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TotpStatus(
    @param:JsonProperty("status") val status: TotpState,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime? = null,
    @param:JsonProperty("confirmed_at") val confirmedAt: OffsetDateTime? = null,
    @param:JsonProperty("recovery_codes_remaining") val recoveryCodesRemaining: Long,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
 *
 * @property redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.
 * @property postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.
 * @property skipConsent `true` for first-party applications whose users are never asked for consent.
 * @property jwks The client's public keys (a JWK set) for `private_key_jwt`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateClient(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("grant_types") val grantTypes: List<GrantType>? = null,
    @param:JsonProperty("scopes") val scopes: List<String>? = null,
    @param:JsonProperty("audiences") val audiences: List<String>? = null,
    @param:JsonProperty("access_token_ttl") val accessTokenTtl: Long? = null,
    @param:JsonProperty("redirect_uris") val redirectUris: List<String>? = null,
    @param:JsonProperty("post_logout_redirect_uris") val postLogoutRedirectUris: List<String>? = null,
    @param:JsonProperty("skip_consent") val skipConsent: Boolean? = null,
    @param:JsonProperty("jwks") val jwks: Map<String, JsonNode>? = null,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateMember(
    @param:JsonProperty("role") val role: String,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateOAuthSettings(
    @param:JsonProperty("dynamic_client_registration") val dynamicClientRegistration: Boolean? = null,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
 * present change; the slug cannot.
 *
 * @property logoUrl An empty string removes the logo.
 * @property metadata Replaces the whole metadata object.
 * @property policies Replaces every policy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateOrganization(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("logo_url") val logoUrl: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
    @param:JsonProperty("policies") val policies: OrganizationPolicies? = null,
)

/**
 * Body of `PATCH …/domains/{domain}`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateOrganizationDomain(
    @param:JsonProperty("auto_join") val autoJoin: Boolean,
)

/**
 * Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateProfile(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("picture") val picture: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateResource(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("scopes") val scopes: List<String>? = null,
)

/**
 * Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
 * permissions may be changed (except `owner`'s), not its name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateRole(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("description") val description: String? = null,
    @param:JsonProperty("permissions") val permissions: List<String>? = null,
)

/**
 * Body of `PATCH …/service-accounts/{service_account}`: its new role.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateServiceAccount(
    @param:JsonProperty("role") val role: String,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
 *
 * @property signingAlg Changing it creates a key for the new algorithm and retires the old primary key with the usual overlap window.
 * @property signupAllowedDomains Lowercase domains such as `example.com`, at most 100; subdomains are included. Required (non-empty) for `domain_allowlist`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateTenant(
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("signing_alg") val signingAlg: SigningAlg? = null,
    @param:JsonProperty("allowed_origins") val allowedOrigins: List<String>? = null,
    @param:JsonProperty("signup_mode") val signupMode: SignupMode? = null,
    @param:JsonProperty("signup_allowed_domains") val signupAllowedDomains: List<String>? = null,
    @param:JsonProperty("block_disposable_emails") val blockDisposableEmails: Boolean? = null,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
 *
 * @property email Changing the email marks it unverified unless `email_verified` is also sent.
 * @property password Sets a new password; every session of the user is revoked.
 * @property metadata Replaces the whole metadata object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateUser(
    @param:JsonProperty("email") val email: String? = null,
    @param:JsonProperty("password") val password: String? = null,
    @param:JsonProperty("email_verified") val emailVerified: Boolean? = null,
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("picture") val picture: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
)

/**
 * Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateWebauthnSettings(
    @param:JsonProperty("rp_id") val rpId: String? = null,
    @param:JsonProperty("rp_name") val rpName: String? = null,
    @param:JsonProperty("origins") val origins: List<String>? = null,
    @param:JsonProperty("attestation") val attestation: AttestationConveyance? = null,
    @param:JsonProperty("allowed_formats") val allowedFormats: List<String>? = null,
)

/**
 * An end user of a tenant.
 *
 * @property id Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
 * @property email Normalised (trimmed, lowercase), unique within the tenant.
 * @property picture URL of a profile picture.
 * @property locale BCP 47 language tag, such as `en-GB`.
 * @property metadata Free-form JSON object for the application's own data (at most 16 KiB).
 * @property hasPassword Whether the user has a password (the hash itself is never returned).
 * @property disabled Disabled users cannot sign in; disabling revokes every session.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class User(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("email_verified") val emailVerified: Boolean,
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("picture") val picture: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
    @param:JsonProperty("metadata") val metadata: Map<String, JsonNode>,
    @param:JsonProperty("has_password") val hasPassword: Boolean,
    @param:JsonProperty("disabled") val disabled: Boolean,
    @param:JsonProperty("created_at") val createdAt: OffsetDateTime,
    @param:JsonProperty("updated_at") val updatedAt: OffsetDateTime,
    @param:JsonProperty("last_login_at") val lastLoginAt: OffsetDateTime? = null,
)

/**
 * The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
 *
 * @property email With the `email` scope.
 * @property name With the `profile` scope.
 * @property updatedAt Seconds since the epoch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UserInfo(
    @param:JsonProperty("sub") val sub: String,
    @param:JsonProperty("email") val email: String? = null,
    @param:JsonProperty("email_verified") val emailVerified: Boolean? = null,
    @param:JsonProperty("name") val name: String? = null,
    @param:JsonProperty("picture") val picture: String? = null,
    @param:JsonProperty("locale") val locale: String? = null,
    @param:JsonProperty("updated_at") val updatedAt: Long? = null,
)

/**
 * One page of users, in creation order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UserList(
    @param:JsonProperty("data") val data: List<User>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
 *
 * @property email Where the message went.
 * @property expiresAt When the link stops working.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class VerificationEmailSent(
    @param:JsonProperty("user_id") val userId: String,
    @param:JsonProperty("email") val email: String,
    @param:JsonProperty("expires_at") val expiresAt: OffsetDateTime,
)

/**
 * Body of `POST /t/{tenant}/auth/verify-email`.
 *
 * @property token The token from the verification link (`tev_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class VerifyEmailRequest(
    @param:JsonProperty("token") val token: String,
)

/**
 * A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
 *
 * @property rpId The relying-party ID: a registrable domain suffix of every origin. Defaults to the host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
 * @property rpName The name authenticators may show. Defaults to the tenant's name.
 * @property origins Origins that may run ceremonies. Defaults to the origin of the public URL.
 * @property allowedFormats Attestation statement formats accepted at registration (`none`, `packed`, `tpm`, `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
 * @property userVerification Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey sign-in is multi-factor on its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class WebauthnSettings(
    @param:JsonProperty("rp_id") val rpId: String,
    @param:JsonProperty("rp_name") val rpName: String,
    @param:JsonProperty("origins") val origins: List<String>,
    @param:JsonProperty("attestation") val attestation: AttestationConveyance,
    @param:JsonProperty("allowed_formats") val allowedFormats: List<String>,
    @param:JsonProperty("user_verification") val userVerification: String,
)
