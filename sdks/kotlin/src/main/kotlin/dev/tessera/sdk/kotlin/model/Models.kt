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
    @JsonProperty("id") val id: String,
    @JsonProperty("seq") val seq: Long,
    @JsonProperty("occurred_at") val occurredAt: OffsetDateTime,
    @JsonProperty("action") val action: String,
    @JsonProperty("actor_type") val actorType: String,
    @JsonProperty("actor_id") val actorId: String? = null,
    @JsonProperty("target_type") val targetType: String? = null,
    @JsonProperty("target_id") val targetId: String? = null,
    @JsonProperty("ip") val ip: String? = null,
    @JsonProperty("user_agent") val userAgent: String? = null,
    @JsonProperty("request_id") val requestId: String? = null,
    @JsonProperty("details") val details: Map<String, JsonNode>,
    @JsonProperty("prev_hash") val prevHash: String,
    @JsonProperty("hash") val hash: String,
)

/**
 * One page of audit events, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class AuditEventList(
    @JsonProperty("data") val data: List<AuditEvent>,
    @JsonProperty("next_cursor") val nextCursor: String? = null,
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
    @JsonProperty("valid") val valid: Boolean,
    @JsonProperty("events_checked") val eventsChecked: Long,
    @JsonProperty("first_broken_seq") val firstBrokenSeq: Long? = null,
    @JsonProperty("reason") val reason: String? = null,
)

/**
 * Body of `POST /t/{tenant}/me/password`.
 *
 * @property currentPassword Required when the account has a password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ChangePassword(
    @JsonProperty("current_password") val currentPassword: String? = null,
    @JsonProperty("new_password") val newPassword: String,
)

/**
 * An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
 *
 * @property id The `client_id` (`cli_…`).
 * @property scopes Scopes the client may request; tokens carry the granted subset.
 * @property audiences Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
 * @property accessTokenTtl Access-token lifetime in seconds for this client.
 * @property secrets Live secrets, newest first (hints only; a secret is shown once, when created).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Client(
    @JsonProperty("id") val id: String,
    @JsonProperty("name") val name: String,
    @JsonProperty("client_type") val clientType: ClientType,
    @JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod,
    @JsonProperty("grant_types") val grantTypes: List<GrantType>,
    @JsonProperty("scopes") val scopes: List<String>,
    @JsonProperty("audiences") val audiences: List<String>,
    @JsonProperty("access_token_ttl") val accessTokenTtl: Long,
    @JsonProperty("secrets") val secrets: List<ClientSecretInfo>,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientList(
    @JsonProperty("data") val data: List<Client>,
    @JsonProperty("next_cursor") val nextCursor: String? = null,
)

/**
 * What may be shown of a client secret after its creation.
 *
 * @property hint The secret's last four characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientSecretInfo(
    @JsonProperty("id") val id: String,
    @JsonProperty("hint") val hint: String,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("expires_at") val expiresAt: OffsetDateTime? = null,
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
 * @property secrets Live secrets, newest first (hints only; a secret is shown once, when created).
 * @property clientSecret The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ClientWithSecret(
    @JsonProperty("id") val id: String,
    @JsonProperty("name") val name: String,
    @JsonProperty("client_type") val clientType: ClientType,
    @JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod,
    @JsonProperty("grant_types") val grantTypes: List<GrantType>,
    @JsonProperty("scopes") val scopes: List<String>,
    @JsonProperty("audiences") val audiences: List<String>,
    @JsonProperty("access_token_ttl") val accessTokenTtl: Long,
    @JsonProperty("secrets") val secrets: List<ClientSecretInfo>,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("updated_at") val updatedAt: OffsetDateTime,
    @JsonProperty("client_secret") val clientSecret: String? = null,
)

/**
 * Body of the TOTP confirmation: a code the authenticator shows now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class ConfirmTotp(
    @JsonProperty("code") val code: String,
)

/**
 * Body of `POST /v1/tenants/{tenant}/clients`.
 *
 * @property clientType `confidential` (the default) or `public`.
 * @property tokenEndpointAuthMethod Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
 * @property grantTypes Defaults to `["client_credentials"]` for confidential clients.
 * @property accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class CreateClient(
    @JsonProperty("name") val name: String,
    @JsonProperty("client_type") val clientType: ClientType? = null,
    @JsonProperty("token_endpoint_auth_method") val tokenEndpointAuthMethod: TokenEndpointAuthMethod? = null,
    @JsonProperty("grant_types") val grantTypes: List<GrantType>? = null,
    @JsonProperty("scopes") val scopes: List<String>? = null,
    @JsonProperty("audiences") val audiences: List<String>? = null,
    @JsonProperty("access_token_ttl") val accessTokenTtl: Long? = null,
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
    @JsonProperty("slug") val slug: String,
    @JsonProperty("name") val name: String,
    @JsonProperty("signing_alg") val signingAlg: SigningAlg? = null,
    @JsonProperty("allowed_origins") val allowedOrigins: List<String>? = null,
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
    @JsonProperty("email") val email: String,
    @JsonProperty("password") val password: String? = null,
    @JsonProperty("password_hash") val passwordHash: String? = null,
    @JsonProperty("email_verified") val emailVerified: Boolean? = null,
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("picture") val picture: String? = null,
    @JsonProperty("locale") val locale: String? = null,
    @JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/email-code/verify`.
 *
 * @property code The six-digit code from the email.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailCodeVerify(
    @JsonProperty("email") val email: String,
    @JsonProperty("code") val code: String,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailRequest(
    @JsonProperty("email") val email: String,
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
    @JsonProperty("message") val message: String,
)

/**
 * A tenant's override of a built-in email template in one locale.
 *
 * @property template `verify_email`, `password_reset`, `magic_link` or `email_code`.
 * @property locale Lowercase BCP 47 tag, such as `de` or `pt-br`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailTemplate(
    @JsonProperty("template") val template: String,
    @JsonProperty("locale") val locale: String,
    @JsonProperty("subject") val subject: String,
    @JsonProperty("text") val text: String,
    @JsonProperty("html") val html: String,
    @JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * A tenant's template overrides.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class EmailTemplateList(
    @JsonProperty("data") val data: List<EmailTemplate>,
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
    @JsonProperty("user_id") val userId: String,
    @JsonProperty("email") val email: String,
    @JsonProperty("email_verified") val emailVerified: Boolean,
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
    @JsonProperty("pointer") val pointer: String,
    @JsonProperty("message") val message: String,
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
    @JsonProperty("status") val status: String,
)

/**
 * An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
 *
 * @property aud A string or an array of strings, as in the token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class IntrospectionResponse(
    @JsonProperty("active") val active: Boolean,
    @JsonProperty("scope") val scope: String? = null,
    @JsonProperty("client_id") val clientId: String? = null,
    @JsonProperty("token_type") val tokenType: String? = null,
    @JsonProperty("exp") val exp: Long? = null,
    @JsonProperty("iat") val iat: Long? = null,
    @JsonProperty("sub") val sub: String? = null,
    @JsonProperty("aud") val aud: Map<String, JsonNode>? = null,
    @JsonProperty("iss") val iss: String? = null,
    @JsonProperty("jti") val jti: String? = null,
)

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
    @JsonProperty("kty") val kty: String,
    @JsonProperty("kid") val kid: String,
    @JsonProperty("use") val use: String,
    @JsonProperty("alg") val alg: String,
    @JsonProperty("crv") val crv: String? = null,
    @JsonProperty("x") val x: String? = null,
    @JsonProperty("y") val y: String? = null,
    @JsonProperty("n") val n: String? = null,
    @JsonProperty("e") val e: String? = null,
)

/**
 * A JSON Web Key Set (RFC 7517 §5).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class JwkSet(
    @JsonProperty("keys") val keys: List<Jwk>,
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class LoginRequest(
    @JsonProperty("email") val email: String,
    @JsonProperty("password") val password: String,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
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
    @JsonProperty("token") val token: String,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
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
    @JsonProperty("mfa_required") val mfaRequired: Boolean,
    @JsonProperty("mfa_token") val mfaToken: String,
    @JsonProperty("factors") val factors: List<MfaFactor>,
    @JsonProperty("expires_in") val expiresIn: Long,
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
    @JsonProperty("mfa_token") val mfaToken: String,
    @JsonProperty("code") val code: String? = null,
    @JsonProperty("recovery_code") val recoveryCode: String? = null,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
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
    @JsonProperty("error") val error: String,
    @JsonProperty("error_description") val errorDescription: String? = null,
)

/**
 * OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
 * Authorization Server Metadata (RFC 8414).
 *
 * Only what the server implements is advertised; endpoints appear as they land.
 *
 * @property issuer The tenant's issuer identifier, `{public_url}/t/{slug}`.
 * @property jwksUri Where the tenant's public signing keys are published.
 * @property tokenEndpoint RFC 8414 §2.
 * @property introspectionEndpoint RFC 7662.
 * @property revocationEndpoint RFC 7009.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OpenIdConfiguration(
    @JsonProperty("issuer") val issuer: String,
    @JsonProperty("jwks_uri") val jwksUri: String,
    @JsonProperty("token_endpoint") val tokenEndpoint: String,
    @JsonProperty("introspection_endpoint") val introspectionEndpoint: String,
    @JsonProperty("revocation_endpoint") val revocationEndpoint: String,
    @JsonProperty("grant_types_supported") val grantTypesSupported: List<String>,
    @JsonProperty("token_endpoint_auth_methods_supported") val tokenEndpointAuthMethodsSupported: List<String>,
    @JsonProperty("introspection_endpoint_auth_methods_supported") val introspectionEndpointAuthMethodsSupported: List<String>,
    @JsonProperty("revocation_endpoint_auth_methods_supported") val revocationEndpointAuthMethodsSupported: List<String>,
)

/**
 * A message in the development outbox, in full (links and codes included).
 *
 * @property id `eml_…`
 * @property text The plain-text part.
 * @property html The HTML part.
 * @property template `verify_email`, `password_reset`, `magic_link` or `email_code`.
 * @property locale The locale the message was rendered in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OutboxMessage(
    @JsonProperty("id") val id: String,
    @JsonProperty("to") val to: String,
    @JsonProperty("from") val from: String,
    @JsonProperty("subject") val subject: String,
    @JsonProperty("text") val text: String,
    @JsonProperty("html") val html: String,
    @JsonProperty("template") val template: String,
    @JsonProperty("locale") val locale: String,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
)

/**
 * One page of outbox messages, newest first.
 *
 * @property nextCursor Pass as `cursor` for the next (older) page; absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class OutboxMessageList(
    @JsonProperty("data") val data: List<OutboxMessage>,
    @JsonProperty("next_cursor") val nextCursor: String? = null,
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
    @JsonProperty("token") val token: String,
    @JsonProperty("new_password") val newPassword: String,
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
    @JsonProperty("type") val type: String,
    @JsonProperty("title") val title: String,
    @JsonProperty("status") val status: Long,
    @JsonProperty("detail") val detail: String,
    @JsonProperty("code") val code: ErrorCode,
    @JsonProperty("request_id") val requestId: String? = null,
    @JsonProperty("errors") val errors: List<FieldError>? = null,
)

/**
 * Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
 *
 * Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`, and
 * `link` (verification, reset, magic link) or `code` (email code), which the text part must
 * contain. Values are HTML-escaped in the HTML part.
 *
 * @property subject One line, at most 200 characters.
 * @property text The plain-text part, at most 32 KiB.
 * @property html The HTML part, at most 64 KiB.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PutEmailTemplate(
    @JsonProperty("subject") val subject: String,
    @JsonProperty("text") val text: String,
    @JsonProperty("html") val html: String,
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
    @JsonProperty("current_password") val currentPassword: String? = null,
)

/**
 * Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
 * code. Only their hashes are stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RecoveryCodes(
    @JsonProperty("recovery_codes") val recoveryCodes: List<String>,
)

/**
 * Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
 * may instead come from the session cookie.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RefreshRequest(
    @JsonProperty("refresh_token") val refreshToken: String? = null,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
 *
 * @property previousSecretsExpireIn Seconds the client's current secrets keep working (0-2592000, default 86400), so deployments can switch over without downtime.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RotateClientSecret(
    @JsonProperty("previous_secrets_expire_in") val previousSecretsExpireIn: Long? = null,
)

/**
 * Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
 *
 * @property alg Rotate only the key of this algorithm; all active keys when omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class RotateKeysRequest(
    @JsonProperty("alg") val alg: SigningAlg? = null,
)

/**
 * A sign-in session.
 *
 * @property id `ses_…`, the `sid` claim of its access tokens.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Session(
    @JsonProperty("id") val id: String,
    @JsonProperty("user_id") val userId: String,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("last_used_at") val lastUsedAt: OffsetDateTime,
    @JsonProperty("expires_at") val expiresAt: OffsetDateTime,
    @JsonProperty("ip") val ip: String? = null,
    @JsonProperty("user_agent") val userAgent: String? = null,
)

/**
 * A user's live sessions, newest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SessionList(
    @JsonProperty("data") val data: List<Session>,
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
    @JsonProperty("access_token") val accessToken: String,
    @JsonProperty("token_type") val tokenType: String,
    @JsonProperty("expires_in") val expiresIn: Long,
    @JsonProperty("refresh_token") val refreshToken: String? = null,
    @JsonProperty("session_id") val sessionId: String,
) : LoginResponse

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
    @JsonProperty("kid") val kid: String,
    @JsonProperty("alg") val alg: SigningAlg,
    @JsonProperty("status") val status: KeyStatus,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("retired_at") val retiredAt: OffsetDateTime? = null,
    @JsonProperty("published_until") val publishedUntil: OffsetDateTime? = null,
)

/**
 * The tenant's published keys: active ones first, then retired ones still in the JWKS.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SigningKeyList(
    @JsonProperty("data") val data: List<SigningKey>,
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
    @JsonProperty("email") val email: String,
    @JsonProperty("password") val password: String,
    @JsonProperty("name") val name: String? = null,
)

/**
 * Body of `POST /t/{tenant}/auth/signup/verify`.
 *
 * @property token The token from the confirmation link (`tsu_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class SignupVerify(
    @JsonProperty("token") val token: String,
    @JsonProperty("delivery") val delivery: TokenDelivery? = null,
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
    @JsonProperty("id") val id: String,
    @JsonProperty("slug") val slug: String,
    @JsonProperty("name") val name: String,
    @JsonProperty("issuer") val issuer: String,
    @JsonProperty("signing_alg") val signingAlg: SigningAlg,
    @JsonProperty("allowed_origins") val allowedOrigins: List<String>,
    @JsonProperty("signup_mode") val signupMode: SignupMode,
    @JsonProperty("signup_allowed_domains") val signupAllowedDomains: List<String>,
    @JsonProperty("block_disposable_emails") val blockDisposableEmails: Boolean,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("updated_at") val updatedAt: OffsetDateTime,
)

/**
 * One page of tenants, oldest first.
 *
 * @property nextCursor Pass as `cursor` to fetch the next page; absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TenantList(
    @JsonProperty("data") val data: List<Tenant>,
    @JsonProperty("next_cursor") val nextCursor: String? = null,
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
    @JsonProperty("access_token") val accessToken: String,
    @JsonProperty("token_type") val tokenType: String,
    @JsonProperty("expires_in") val expiresIn: Long,
    @JsonProperty("kid") val kid: String,
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
    @JsonProperty("subject") val subject: String,
    @JsonProperty("audience") val audience: String,
    @JsonProperty("scope") val scope: String? = null,
    @JsonProperty("expires_in") val expiresIn: Long? = null,
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
    @JsonProperty("token") val token: String,
    @JsonProperty("token_type_hint") val tokenTypeHint: String? = null,
    @JsonProperty("client_id") val clientId: String? = null,
    @JsonProperty("client_secret") val clientSecret: String? = null,
)

/**
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.4.2).
 *
 * @property grantType `client_credentials`.
 * @property scope Space-separated scopes; all the client's scopes when omitted.
 * @property resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).
 * @property audience Auth0-style synonym of `resource`.
 * @property clientId With `client_secret_post`.
 * @property clientSecret With `client_secret_post`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenRequest(
    @JsonProperty("grant_type") val grantType: String,
    @JsonProperty("scope") val scope: String? = null,
    @JsonProperty("resource") val resource: String? = null,
    @JsonProperty("audience") val audience: String? = null,
    @JsonProperty("client_id") val clientId: String? = null,
    @JsonProperty("client_secret") val clientSecret: String? = null,
)

/**
 * A successful token response (RFC 6749 §5.1).
 *
 * @property tokenType Always `Bearer`.
 * @property scope The granted scopes, when any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenResponse(
    @JsonProperty("access_token") val accessToken: String,
    @JsonProperty("token_type") val tokenType: String,
    @JsonProperty("expires_in") val expiresIn: Long,
    @JsonProperty("scope") val scope: String? = null,
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
    @JsonProperty("secret") val secret: String,
    @JsonProperty("otpauth_uri") val otpauthUri: String,
    @JsonProperty("qr_png") val qrPng: String,
    @JsonProperty("qr_svg") val qrSvg: String,
    @JsonProperty("algorithm") val algorithm: String,
    @JsonProperty("digits") val digits: Long,
    @JsonProperty("period") val period: Long,
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
    @JsonProperty("status") val status: TotpState,
    @JsonProperty("created_at") val createdAt: OffsetDateTime? = null,
    @JsonProperty("confirmed_at") val confirmedAt: OffsetDateTime? = null,
    @JsonProperty("recovery_codes_remaining") val recoveryCodesRemaining: Long,
)

/**
 * Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateClient(
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("grant_types") val grantTypes: List<GrantType>? = null,
    @JsonProperty("scopes") val scopes: List<String>? = null,
    @JsonProperty("audiences") val audiences: List<String>? = null,
    @JsonProperty("access_token_ttl") val accessTokenTtl: Long? = null,
)

/**
 * Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UpdateProfile(
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("picture") val picture: String? = null,
    @JsonProperty("locale") val locale: String? = null,
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
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("signing_alg") val signingAlg: SigningAlg? = null,
    @JsonProperty("allowed_origins") val allowedOrigins: List<String>? = null,
    @JsonProperty("signup_mode") val signupMode: SignupMode? = null,
    @JsonProperty("signup_allowed_domains") val signupAllowedDomains: List<String>? = null,
    @JsonProperty("block_disposable_emails") val blockDisposableEmails: Boolean? = null,
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
    @JsonProperty("email") val email: String? = null,
    @JsonProperty("password") val password: String? = null,
    @JsonProperty("email_verified") val emailVerified: Boolean? = null,
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("picture") val picture: String? = null,
    @JsonProperty("locale") val locale: String? = null,
    @JsonProperty("metadata") val metadata: Map<String, JsonNode>? = null,
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
    @JsonProperty("id") val id: String,
    @JsonProperty("email") val email: String,
    @JsonProperty("email_verified") val emailVerified: Boolean,
    @JsonProperty("name") val name: String? = null,
    @JsonProperty("picture") val picture: String? = null,
    @JsonProperty("locale") val locale: String? = null,
    @JsonProperty("metadata") val metadata: Map<String, JsonNode>,
    @JsonProperty("has_password") val hasPassword: Boolean,
    @JsonProperty("disabled") val disabled: Boolean,
    @JsonProperty("created_at") val createdAt: OffsetDateTime,
    @JsonProperty("updated_at") val updatedAt: OffsetDateTime,
    @JsonProperty("last_login_at") val lastLoginAt: OffsetDateTime? = null,
)

/**
 * One page of users, in creation order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class UserList(
    @JsonProperty("data") val data: List<User>,
    @JsonProperty("next_cursor") val nextCursor: String? = null,
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
    @JsonProperty("user_id") val userId: String,
    @JsonProperty("email") val email: String,
    @JsonProperty("expires_at") val expiresAt: OffsetDateTime,
)

/**
 * Body of `POST /t/{tenant}/auth/verify-email`.
 *
 * @property token The token from the verification link (`tev_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class VerifyEmailRequest(
    @JsonProperty("token") val token: String,
)
