<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera;

/**
 * A client for the Tessera API, one method per operation.
 *
 *     $client = new Client('http://127.0.0.1:8080', adminKey: getenv('TESSERA_ADMIN_KEY'));
 *     $client->createTenant(slug: 'acme', name: 'Acme');
 */
final class Client extends BaseClient
{
    /**
     * @param string $baseUrl The server, such as https://id.example.com.
     * @param string|null $adminKey An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
     * @param string|null $bearerToken An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
     * @param string|null $registrationToken The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
     * @param string|null $sessionToken A session access token from `POST /t/{tenant}/auth/login`.
     * @param float $timeout Seconds to wait for each attempt's response.
     * @param int $maxRetries Retries after a retryable failure (408, 429, 5xx, no
     *     connection); only idempotent methods are retried unless a call opts in.
     * @param float $maxRetryDelay The longest wait before a retry; a longer Retry-After is
     *     shortened to it.
     * @param array<string, string> $defaultHeaders Headers sent with every request.
     * @param (\Closure(RetryEvent): void)|null $onRetry Called before each retry.
     */
    public function __construct(
        string $baseUrl,
        ?string $adminKey = null,
        ?string $bearerToken = null,
        ?string $registrationToken = null,
        ?string $sessionToken = null,
        float $timeout = self::DEFAULT_TIMEOUT,
        int $maxRetries = self::DEFAULT_MAX_RETRIES,
        float $maxRetryDelay = self::DEFAULT_MAX_RETRY_DELAY,
        array $defaultHeaders = [],
        ?\Closure $onRetry = null,
    ) {
        parent::__construct(
            $baseUrl,
            ['adminKey' => $adminKey, 'bearerToken' => $bearerToken, 'registrationToken' => $registrationToken, 'sessionToken' => $sessionToken],
            $timeout,
            $maxRetries,
            $maxRetryDelay,
            $defaultHeaders,
            $onRetry,
        );
    }

    /**
     * List tenants.
     *
     * Oldest first, paginated by cursor.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Tenant across pages.
     *
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Tenant>
     * @throws BadRequestException 400 Malformed query
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listTenants(?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($limit, $cursor, $options): array {
            $_page = \Tessera\Models\TenantList::fromArray($this->request('GET', '/v1/tenants', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Create a tenant.
     *
     * Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
     * `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
     *
     * @param string $slug Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
     * @param string $name Display name, 1-200 characters.
     * @param \Tessera\Models\SigningAlg|null $signingAlg Primary signing algorithm; ES256 when omitted.
     * @param list<string>|null $allowedOrigins Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Tenant
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name or origins
     */
    public function createTenant(string $slug, string $name, ?\Tessera\Models\SigningAlg $signingAlg = null, ?array $allowedOrigins = null, ?RequestOptions $options = null): \Tessera\Models\Tenant
    {
        $_data = $this->request('POST', '/v1/tenants', json: self::body(['slug' => $slug, 'name' => $name, 'signing_alg' => ($signingAlg === null ? null : $signingAlg->value), 'allowed_origins' => $allowedOrigins]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Tenant::fromArray($_data);
    }

    /**
     * Get a tenant.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Tenant
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function getTenant(string $tenant, ?RequestOptions $options = null): \Tessera\Models\Tenant
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Tenant::fromArray($_data);
    }

    /**
     * Delete a tenant.
     *
     * Deletes the tenant and everything it owns, keys included. Tokens it issued stop
     * verifying as soon as relying parties refresh its JWKS.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function deleteTenant(string $tenant, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update a tenant.
     *
     * Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
     * it is part of the issuer that tokens carry.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $name
     * @param \Tessera\Models\SigningAlg|null $signingAlg Changing it creates a key for the new algorithm and retires the old primary key
     * @param list<string>|null $allowedOrigins
     * @param \Tessera\Models\SignupMode|null $signupMode
     * @param list<string>|null $signupAllowedDomains Lowercase domains such as `example.com`, at most 100; subdomains are included.
     * @param bool|null $blockDisposableEmails
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Tenant
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent key change
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or origins
     */
    public function updateTenant(string $tenant, ?string $name = null, ?\Tessera\Models\SigningAlg $signingAlg = null, ?array $allowedOrigins = null, ?\Tessera\Models\SignupMode $signupMode = null, ?array $signupAllowedDomains = null, ?bool $blockDisposableEmails = null, ?RequestOptions $options = null): \Tessera\Models\Tenant
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant), json: self::body(['name' => $name, 'signing_alg' => ($signingAlg === null ? null : $signingAlg->value), 'allowed_origins' => $allowedOrigins, 'signup_mode' => ($signupMode === null ? null : $signupMode->value), 'signup_allowed_domains' => $signupAllowedDomains, 'block_disposable_emails' => $blockDisposableEmails]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Tenant::fromArray($_data);
    }

    /**
     * List signing keys.
     *
     * The tenant's published keys: active ones first, then retired ones that stay in the JWKS
     * until no token they signed can still be valid.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SigningKeyList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function listSigningKeys(string $tenant, ?RequestOptions $options = null): \Tessera\Models\SigningKeyList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/keys', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\SigningKeyList::fromArray($_data);
    }

    /**
     * Rotate signing keys.
     *
     * Activates a new key for each algorithm (or only `alg`) and retires the previous one,
     * which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
     *
     * @param string $tenant The tenant's slug
     * @param \Tessera\Models\SigningAlg|null $alg Rotate only the key of this algorithm; all active keys when omitted.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SigningKeyList
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A concurrent rotation won
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The tenant has no key of that algorithm
     */
    public function rotateSigningKeys(string $tenant, ?\Tessera\Models\SigningAlg $alg = null, ?RequestOptions $options = null): \Tessera\Models\SigningKeyList
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/keys/rotate', json: self::body(['alg' => ($alg === null ? null : $alg->value)], true), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\SigningKeyList::fromArray($_data);
    }

    /**
     * Mint a test access token.
     *
     * Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
     * resource servers and token validation; `client_id` is `tessera-test-token`.
     *
     * @param string $tenant The tenant's slug
     * @param string $subject The token's `sub`.
     * @param string $audience The token's `aud`, such as an API identifier.
     * @param string|null $scope Space-separated scopes for the `scope` claim.
     * @param int|null $expiresIn Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TestToken
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid subject, audience, scope or lifetime
     */
    public function createTestToken(string $tenant, string $subject, string $audience, ?string $scope = null, ?int $expiresIn = null, ?RequestOptions $options = null): \Tessera\Models\TestToken
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/test-tokens', json: self::body(['subject' => $subject, 'audience' => $audience, 'scope' => $scope, 'expires_in' => $expiresIn]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\TestToken::fromArray($_data);
    }

    /**
     * Search users.
     *
     * Filters by exact email, a case-insensitive substring of email or name, and disabled
     * state; oldest first, paginated by cursor.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\User across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $email Exact email (normalised before matching).
     * @param string|null $q Case-insensitive substring of the email or name.
     * @param bool|null $disabled Only disabled (`true`) or only enabled (`false`) users.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\User>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed email or unknown cursor
     */
    public function listUsers(string $tenant, ?string $email = null, ?string $q = null, ?bool $disabled = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $email, $q, $disabled, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\UserList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/users', query: ['email' => $email, 'q' => $q, 'disabled' => $disabled, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Create a user.
     *
     * The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
     * when given, must meet the password policy and is stored as an argon2id hash.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param string|null $password Checked against the password policy; omit for a user who signs in another way.
     * @param string|null $passwordHash An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
     * @param bool|null $emailVerified
     * @param string|null $name
     * @param string|null $picture
     * @param string|null $locale
     * @param array<string, mixed>|null $metadata
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public function createUser(string $tenant, string $email, ?string $password = null, ?string $passwordHash = null, ?bool $emailVerified = null, ?string $name = null, ?string $picture = null, ?string $locale = null, ?array $metadata = null, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users', json: self::body(['email' => $email, 'password' => $password, 'password_hash' => $passwordHash, 'email_verified' => $emailVerified, 'name' => $name, 'picture' => $picture, 'locale' => $locale, 'metadata' => ($metadata === null ? null : \Tessera\Models\ModelSupport::object($metadata))]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Get a user.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function getUser(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Delete a user.
     *
     * Deletes the user and their sessions.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function deleteUser(string $tenant, string $user, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update a user.
     *
     * Changes only the fields present. A new password revokes every session of the user; a
     * new email is unverified unless `email_verified` is sent too.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param string|null $email Changing the email marks it unverified unless `email_verified` is also sent.
     * @param string|null $password Sets a new password; every session of the user is revoked.
     * @param bool|null $emailVerified
     * @param string|null $name
     * @param string|null $picture
     * @param string|null $locale
     * @param array<string, mixed>|null $metadata Replaces the whole metadata object.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, profile or password
     */
    public function updateUser(string $tenant, string $user, ?string $email = null, ?string $password = null, ?bool $emailVerified = null, ?string $name = null, ?string $picture = null, ?string $locale = null, ?array $metadata = null, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user), json: self::body(['email' => $email, 'password' => $password, 'email_verified' => $emailVerified, 'name' => $name, 'picture' => $picture, 'locale' => $locale, 'metadata' => ($metadata === null ? null : \Tessera\Models\ModelSupport::object($metadata))]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Disable a user.
     *
     * The user can no longer sign in or refresh, and every session is revoked at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function disableUser(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/disable', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Enable a user.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function enableUser(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/enable', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Unlock a user.
     *
     * Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function unlockUser(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/unlock', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * List a user's sessions.
     *
     * Live sessions (neither revoked nor expired), newest first.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function listUserSessions(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\SessionList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/sessions', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\SessionList::fromArray($_data);
    }

    /**
     * Revoke a user's session.
     *
     * Its refresh tokens stop working at once; access tokens already issued expire on their own.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param string $session The session's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or live session
     */
    public function revokeUserSession(string $tenant, string $user, string $session, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/sessions/' . self::path((string) $session), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Get a user's TOTP status.
     *
     * Whether the user has an authenticator (pending or enabled) and how many unused recovery
     * codes are left.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TotpStatus
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function getUserTotp(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\TotpStatus
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/mfa/totp', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\TotpStatus::fromArray($_data);
    }

    /**
     * Start TOTP enrolment.
     *
     * Creates a new shared secret for the user, pending until confirmed, and returns it once:
     * as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
     * authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
     * the enrolment is confirmed.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TotpEnrolment
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 TOTP is already enabled; disable it first
     */
    public function startUserTotpEnrolment(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\TotpEnrolment
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/mfa/totp', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\TotpEnrolment::fromArray($_data);
    }

    /**
     * Disable TOTP.
     *
     * Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
     * sign-in challenges: the password alone signs in again.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user, or the user has no authenticator
     */
    public function disableUserTotp(string $tenant, string $user, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/mfa/totp', auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Confirm TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now (the previous and next
     * 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
     * From then on, a correct password leads to a second-factor challenge.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param string $code
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RecoveryCodes
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public function confirmUserTotp(string $tenant, string $user, string $code, ?RequestOptions $options = null): \Tessera\Models\RecoveryCodes
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/mfa/totp/confirm', json: self::body(['code' => $code]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\RecoveryCodes::fromArray($_data);
    }

    /**
     * Regenerate recovery codes.
     *
     * Replaces the user's recovery codes, used or not, with ten new ones, shown once.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RecoveryCodes
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The user has no enabled TOTP authenticator
     */
    public function regenerateUserRecoveryCodes(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\RecoveryCodes
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/mfa/recovery-codes', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\RecoveryCodes::fromArray($_data);
    }

    /**
     * Send a verification email.
     *
     * Emails the user a link that verifies their address; it works once, for 24 hours, and a
     * newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
     * token in the URL fragment; that page posts it to `verifyEmail`.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\VerificationEmailSent
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     * @throws ConflictException 409 The email is already verified, or the user is disabled
     * @throws InternalServerException 503 The mail relay is unavailable
     */
    public function sendVerificationEmail(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\VerificationEmailSent
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/send-verification-email', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\VerificationEmailSent::fromArray($_data);
    }

    /**
     * List the development outbox.
     *
     * Messages the server stored instead of sending, newest first, in full (links and codes
     * included). Messages land here only when no SMTP relay is configured: it is a development
     * tool, and empty in a deployment that sends email.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\OutboxMessage across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $to Only messages to this address.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\OutboxMessage>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range, malformed address or unknown cursor
     */
    public function listOutboxMessages(string $tenant, ?string $to = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $to, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\OutboxMessageList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/outbox', query: ['to' => $to, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * List email template overrides.
     *
     * The tenant's own versions of the built-in templates, by template and locale.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailTemplateList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function listEmailTemplates(string $tenant, ?RequestOptions $options = null): \Tessera\Models\EmailTemplateList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/email-templates', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\EmailTemplateList::fromArray($_data);
    }

    /**
     * Set an email template override.
     *
     * Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
     * `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
     * `email_change_notice`)
     * for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
     * are filled in, HTML-escaped in the HTML part; there is no other template logic.
     *
     * @param string $tenant The tenant's slug
     * @param string $template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
     * @param string $locale A BCP 47 language tag, such as `de` or `pt-BR`
     * @param string $subject One line, at most 200 characters.
     * @param string $text The plain-text part, at most 32 KiB.
     * @param string $html The HTML part, at most 64 KiB.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailTemplate
     * @throws BadRequestException 400 Malformed body, tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or template
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Empty or too long parts, unknown variables, or a missing link or code
     */
    public function putEmailTemplate(string $tenant, string $template, string $locale, string $subject, string $text, string $html, ?RequestOptions $options = null): \Tessera\Models\EmailTemplate
    {
        $_data = $this->request('PUT', '/v1/tenants/' . self::path((string) $tenant) . '/email-templates/' . self::path((string) $template) . '/' . self::path((string) $locale), json: self::body(['subject' => $subject, 'text' => $text, 'html' => $html]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\EmailTemplate::fromArray($_data);
    }

    /**
     * Remove an email template override.
     *
     * The built-in template applies again.
     *
     * @param string $tenant The tenant's slug
     * @param string $template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
     * @param string $locale A BCP 47 language tag
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug or locale
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, template or override
     */
    public function deleteEmailTemplate(string $tenant, string $template, string $locale, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/email-templates/' . self::path((string) $template) . '/' . self::path((string) $locale), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * List clients.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Client across pages.
     *
     * @param string $tenant The tenant's slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Client>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listClients(string $tenant, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\ClientList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/clients', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Register a client.
     *
     * Confidential clients (the default) get a first secret, shown in this response only;
     * service accounts are confidential clients with the `client_credentials` grant.
     *
     * @param string $tenant The tenant's slug
     * @param string $name
     * @param \Tessera\Models\ClientType|null $clientType `confidential` (the default) or `public`.
     * @param \Tessera\Models\TokenEndpointAuthMethod|null $tokenEndpointAuthMethod Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
     * @param list<\Tessera\Models\GrantType>|null $grantTypes Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
     * @param list<string>|null $scopes
     * @param list<string>|null $audiences
     * @param int|null $accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).
     * @param list<string>|null $redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
     * @param list<string>|null $postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.
     * @param bool|null $skipConsent `true` for first-party applications whose users are never asked for consent.
     * @param array<string, mixed>|null $jwks The client's public keys (a JWK set) for `private_key_jwt`.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ClientWithSecret
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or client type
     */
    public function createClient(string $tenant, string $name, ?\Tessera\Models\ClientType $clientType = null, ?\Tessera\Models\TokenEndpointAuthMethod $tokenEndpointAuthMethod = null, ?array $grantTypes = null, ?array $scopes = null, ?array $audiences = null, ?int $accessTokenTtl = null, ?array $redirectUris = null, ?array $postLogoutRedirectUris = null, ?bool $skipConsent = null, ?array $jwks = null, ?RequestOptions $options = null): \Tessera\Models\ClientWithSecret
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/clients', json: self::body(['name' => $name, 'client_type' => ($clientType === null ? null : $clientType->value), 'token_endpoint_auth_method' => ($tokenEndpointAuthMethod === null ? null : $tokenEndpointAuthMethod->value), 'grant_types' => ($grantTypes === null ? null : array_map(static fn ($_v0) => $_v0->value, $grantTypes)), 'scopes' => $scopes, 'audiences' => $audiences, 'access_token_ttl' => $accessTokenTtl, 'redirect_uris' => $redirectUris, 'post_logout_redirect_uris' => $postLogoutRedirectUris, 'skip_consent' => $skipConsent, 'jwks' => ($jwks === null ? null : \Tessera\Models\ModelSupport::object($jwks))]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ClientWithSecret::fromArray($_data);
    }

    /**
     * Get a client.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Client
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public function getClient(string $tenant, string $client, ?RequestOptions $options = null): \Tessera\Models\Client
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/clients/' . self::path((string) $client), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Client::fromArray($_data);
    }

    /**
     * Delete a client.
     *
     * Its secrets stop working at once; access tokens already issued expire on their own
     * (revoke them first if they must stop now).
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     */
    public function deleteClient(string $tenant, string $client, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/clients/' . self::path((string) $client), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update a client.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param string|null $name
     * @param list<\Tessera\Models\GrantType>|null $grantTypes
     * @param list<string>|null $scopes
     * @param list<string>|null $audiences
     * @param int|null $accessTokenTtl
     * @param list<string>|null $redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
     * @param list<string>|null $postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.
     * @param bool|null $skipConsent `true` for first-party applications whose users are never asked for consent.
     * @param array<string, mixed>|null $jwks The client's public keys (a JWK set) for `private_key_jwt`.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Client
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, scopes, audiences, lifetime or grants
     */
    public function updateClient(string $tenant, string $client, ?string $name = null, ?array $grantTypes = null, ?array $scopes = null, ?array $audiences = null, ?int $accessTokenTtl = null, ?array $redirectUris = null, ?array $postLogoutRedirectUris = null, ?bool $skipConsent = null, ?array $jwks = null, ?RequestOptions $options = null): \Tessera\Models\Client
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/clients/' . self::path((string) $client), json: self::body(['name' => $name, 'grant_types' => ($grantTypes === null ? null : array_map(static fn ($_v0) => $_v0->value, $grantTypes)), 'scopes' => $scopes, 'audiences' => $audiences, 'access_token_ttl' => $accessTokenTtl, 'redirect_uris' => $redirectUris, 'post_logout_redirect_uris' => $postLogoutRedirectUris, 'skip_consent' => $skipConsent, 'jwks' => ($jwks === null ? null : \Tessera\Models\ModelSupport::object($jwks))]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Client::fromArray($_data);
    }

    /**
     * Rotate a client's secret.
     *
     * Creates a new secret, shown once, and lets the current ones keep working for
     * `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param int|null $previousSecretsExpireIn Seconds the client's current secrets keep working (0-2592000, default 86400), so
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ClientWithSecret
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or client
     * @throws ConflictException 409 A public client has no secrets
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap too long
     */
    public function rotateClientSecret(string $tenant, string $client, ?int $previousSecretsExpireIn = null, ?RequestOptions $options = null): \Tessera\Models\ClientWithSecret
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/clients/' . self::path((string) $client) . '/secrets', json: self::body(['previous_secrets_expire_in' => $previousSecretsExpireIn], true), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ClientWithSecret::fromArray($_data);
    }

    /**
     * Revoke a client secret.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param string $secret The secret's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, client or live secret
     */
    public function revokeClientSecret(string $tenant, string $client, string $secret, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/clients/' . self::path((string) $client) . '/secrets/' . self::path((string) $secret), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * List resources.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Resource across pages.
     *
     * @param string $tenant The tenant's slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Resource>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function listResources(string $tenant, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\ResourceList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/resources', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Register a resource.
     *
     * An API the tenant protects, such as an MCP server: clients request tokens for it with
     * `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
     * tool, for instance) become requestable.
     *
     * @param string $tenant The tenant's slug
     * @param string $identifier An absolute URI without a fragment; unique in the tenant.
     * @param string $name
     * @param list<string>|null $scopes
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Resource
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 A resource with this identifier exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid identifier, name or scopes
     */
    public function createResource(string $tenant, string $identifier, string $name, ?array $scopes = null, ?RequestOptions $options = null): \Tessera\Models\Resource
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/resources', json: self::body(['identifier' => $identifier, 'name' => $name, 'scopes' => $scopes]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Resource::fromArray($_data);
    }

    /**
     * Get a resource.
     *
     * @param string $tenant The tenant's slug
     * @param string $resource The resource's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Resource
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public function getResource(string $tenant, string $resource, ?RequestOptions $options = null): \Tessera\Models\Resource
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/resources/' . self::path((string) $resource), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Resource::fromArray($_data);
    }

    /**
     * Delete a resource.
     *
     * @param string $tenant The tenant's slug
     * @param string $resource The resource's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     */
    public function deleteResource(string $tenant, string $resource, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/resources/' . self::path((string) $resource), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update a resource.
     *
     * Its name and scopes; the identifier is fixed, since issued tokens carry it.
     *
     * @param string $tenant The tenant's slug
     * @param string $resource The resource's id
     * @param string|null $name
     * @param list<string>|null $scopes
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Resource
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or scopes
     */
    public function updateResource(string $tenant, string $resource, ?string $name = null, ?array $scopes = null, ?RequestOptions $options = null): \Tessera\Models\Resource
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/resources/' . self::path((string) $resource), json: self::body(['name' => $name, 'scopes' => $scopes]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Resource::fromArray($_data);
    }

    /**
     * Get OAuth settings.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OAuthSettings
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function getOAuthSettings(string $tenant, ?RequestOptions $options = null): \Tessera\Models\OAuthSettings
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/oauth-settings', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OAuthSettings::fromArray($_data);
    }

    /**
     * Update OAuth settings.
     *
     * `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
     * as MCP clients need; registered clients get only the code flow.
     *
     * @param string $tenant The tenant's slug
     * @param bool|null $dynamicClientRegistration
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OAuthSettings
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public function updateOAuthSettings(string $tenant, ?bool $dynamicClientRegistration = null, ?RequestOptions $options = null): \Tessera\Models\OAuthSettings
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/oauth-settings', json: self::body(['dynamic_client_registration' => $dynamicClientRegistration]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OAuthSettings::fromArray($_data);
    }

    /**
     * Get branding.
     *
     * How the tenant's hosted sign-in and consent pages look.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Branding
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function getBranding(string $tenant, ?RequestOptions $options = null): \Tessera\Models\Branding
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/branding', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Branding::fromArray($_data);
    }

    /**
     * Set branding.
     *
     * Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
     * omitted fields return to the defaults.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $logoUrl An `https` URL of the logo shown above the forms.
     * @param string|null $primaryColor The accent colour of buttons and focus rings, `#rrggbb`.
     * @param string|null $customCss A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
     * @param string|null $supportUrl An `https` URL of the tenant's help page, linked at the foot of every page.
     * @param list<string>|null $frameAncestors Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
     * @param string|null $defaultLocale The pages' language when neither `ui_locales` nor the browser names a supported
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Branding
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid logo URL or colour
     */
    public function setBranding(string $tenant, ?string $logoUrl = null, ?string $primaryColor = null, ?string $customCss = null, ?string $supportUrl = null, ?array $frameAncestors = null, ?string $defaultLocale = null, ?RequestOptions $options = null): \Tessera\Models\Branding
    {
        $_data = $this->request('PUT', '/v1/tenants/' . self::path((string) $tenant) . '/branding', json: self::body(['logo_url' => $logoUrl, 'primary_color' => $primaryColor, 'custom_css' => $customCss, 'support_url' => $supportUrl, 'frame_ancestors' => $frameAncestors, 'default_locale' => $defaultLocale]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Branding::fromArray($_data);
    }

    /**
     * Get the password policy.
     *
     * The policy in force: the tenant's choices over the server's defaults. It applies to
     * sign-up, admin create and update, password change, password reset and invitation accept;
     * existing passwords keep working.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasswordPolicy
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function getPasswordPolicy(string $tenant, ?RequestOptions $options = null): \Tessera\Models\PasswordPolicy
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/password-policy', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\PasswordPolicy::fromArray($_data);
    }

    /**
     * Set the password policy.
     *
     * Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
     * count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
     * to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
     * range API configured.
     *
     * @param string $tenant The tenant's slug
     * @param int|null $minLength 8 to `max_length` [default: 10].
     * @param int|null $maxLength `min_length` to 1024 [default: 256].
     * @param bool|null $rejectCommon [default: the server's `reject_common_passwords`, true unless configured].
     * @param bool|null $rejectPersonalInfo [default: true].
     * @param bool|null $checkBreached Only when the server has `pwned_passwords_url` [default: true when it has].
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasswordPolicy
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Lengths out of range, or a breach check the server cannot do
     */
    public function setPasswordPolicy(string $tenant, ?int $minLength = null, ?int $maxLength = null, ?bool $rejectCommon = null, ?bool $rejectPersonalInfo = null, ?bool $checkBreached = null, ?RequestOptions $options = null): \Tessera\Models\PasswordPolicy
    {
        $_data = $this->request('PUT', '/v1/tenants/' . self::path((string) $tenant) . '/password-policy', json: self::body(['min_length' => $minLength, 'max_length' => $maxLength, 'reject_common' => $rejectCommon, 'reject_personal_info' => $rejectPersonalInfo, 'check_breached' => $checkBreached]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\PasswordPolicy::fromArray($_data);
    }

    /**
     * List audit events.
     *
     * The tenant's audit log, oldest first, filtered and paginated by cursor.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\AuditEvent across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $action Exact action, such as `user.created`.
     * @param string|null $actorId
     * @param string|null $targetId
     * @param string|null $since Events at or after this RFC 3339 time.
     * @param string|null $until Events before this RFC 3339 time.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\AuditEvent>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, limit or cursor
     */
    public function listAuditEvents(string $tenant, ?string $action = null, ?string $actorId = null, ?string $targetId = null, ?string $since = null, ?string $until = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $action, $actorId, $targetId, $since, $until, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\AuditEventList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/audit-events', query: ['action' => $action, 'actor_id' => $actorId, 'target_id' => $targetId, 'since' => $since, 'until' => $until, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Export audit events.
     *
     * Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
     *
     * @param string $tenant The tenant's slug
     * @param \Tessera\Models\AuditExportFormat|null $format
     * @param string|null $action
     * @param string|null $actorId
     * @param string|null $targetId
     * @param string|null $since Events at or after this RFC 3339 time.
     * @param string|null $until Events before this RFC 3339 time.
     * @param RequestOptions|null $options Per-call settings.
     * @return string
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Bad time, or too many events to export at once
     */
    public function exportAuditEvents(string $tenant, ?\Tessera\Models\AuditExportFormat $format = null, ?string $action = null, ?string $actorId = null, ?string $targetId = null, ?string $since = null, ?string $until = null, ?RequestOptions $options = null): string
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/audit-events/export', query: ['format' => $format, 'action' => $action, 'actor_id' => $actorId, 'target_id' => $targetId, 'since' => $since, 'until' => $until], auth: ['admin_key'], expect: 'text', options: $options);
        return (string) $_data;
    }

    /**
     * Verify the audit chain.
     *
     * Recomputes every event's hash and link, and reports the first broken one.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\AuditVerification
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function verifyAuditEvents(string $tenant, ?RequestOptions $options = null): \Tessera\Models\AuditVerification
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/audit-events/verify', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\AuditVerification::fromArray($_data);
    }

    /**
     * Search organizations.
     *
     * By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Organization across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $q Case-insensitive substring of the slug or name.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Organization>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listOrganizations(string $tenant, ?string $q = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $q, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\OrganizationList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations', query: ['q' => $q, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Create an organization.
     *
     * The slug is unique within the tenant and cannot change later.
     *
     * @param string $tenant The tenant's slug
     * @param string $slug
     * @param string $name
     * @param string|null $logoUrl An https URL of at most 2048 characters.
     * @param array<string, mixed>|null $metadata
     * @param \Tessera\Models\OrganizationPolicies|null $policies
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Organization
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The slug is taken
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid slug, name, logo, metadata or policies
     */
    public function createOrganization(string $tenant, string $slug, string $name, ?string $logoUrl = null, ?array $metadata = null, ?\Tessera\Models\OrganizationPolicies $policies = null, ?RequestOptions $options = null): \Tessera\Models\Organization
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations', json: self::body(['slug' => $slug, 'name' => $name, 'logo_url' => $logoUrl, 'metadata' => ($metadata === null ? null : \Tessera\Models\ModelSupport::object($metadata)), 'policies' => ($policies === null ? null : $policies->toArray())]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Organization::fromArray($_data);
    }

    /**
     * Get an organization.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Organization
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function getOrganization(string $tenant, string $organization, ?RequestOptions $options = null): \Tessera\Models\Organization
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Organization::fromArray($_data);
    }

    /**
     * Delete an organization.
     *
     * Deletes its memberships, custom roles and invitations; sessions switched into it carry
     * no organization from their next token on.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function deleteOrganization(string $tenant, string $organization, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update an organization.
     *
     * Changes only the fields present; `policies` replaces every policy at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string|null $name
     * @param string|null $logoUrl An empty string removes the logo.
     * @param array<string, mixed>|null $metadata Replaces the whole metadata object.
     * @param \Tessera\Models\OrganizationPolicies|null $policies Replaces every policy.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Organization
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, logo, metadata or policies
     */
    public function updateOrganization(string $tenant, string $organization, ?string $name = null, ?string $logoUrl = null, ?array $metadata = null, ?\Tessera\Models\OrganizationPolicies $policies = null, ?RequestOptions $options = null): \Tessera\Models\Organization
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization), json: self::body(['name' => $name, 'logo_url' => $logoUrl, 'metadata' => ($metadata === null ? null : \Tessera\Models\ModelSupport::object($metadata)), 'policies' => ($policies === null ? null : $policies->toArray())]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Organization::fromArray($_data);
    }

    /**
     * List members.
     *
     * Ordered by user id, paginated by cursor.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Membership across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Membership>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listOrganizationMembers(string $tenant, string $organization, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\MembershipList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Add a member.
     *
     * Adds a user of the tenant with a role (`member` by default).
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $userId The user's id (`usr_…`), of the same tenant.
     * @param string|null $role A role key; `member` when absent.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Membership
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The user is already a member
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown user or role
     */
    public function addOrganizationMember(string $tenant, string $organization, string $userId, ?string $role = null, ?RequestOptions $options = null): \Tessera\Models\Membership
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members', json: self::body(['user_id' => $userId, 'role' => $role]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Membership::fromArray($_data);
    }

    /**
     * Get a member.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Membership
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     */
    public function getOrganizationMember(string $tenant, string $organization, string $user, ?RequestOptions $options = null): \Tessera\Models\Membership
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members/' . self::path((string) $user), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Membership::fromArray($_data);
    }

    /**
     * Remove a member.
     *
     * The user's sessions switched into the organization carry no organization from their
     * next token on. The last owner cannot be removed.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     */
    public function removeOrganizationMember(string $tenant, string $organization, string $user, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members/' . self::path((string) $user), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Change a member's role.
     *
     * The last owner keeps the owner role until another member is made owner.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $user The user's id
     * @param string $role
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Membership
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or member
     * @throws ConflictException 409 The member is the last owner
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public function updateOrganizationMember(string $tenant, string $organization, string $user, string $role, ?RequestOptions $options = null): \Tessera\Models\Membership
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members/' . self::path((string) $user), json: self::body(['role' => $role]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Membership::fromArray($_data);
    }

    /**
     * List the tenant's roles.
     *
     * The built-in roles (with the tenant's permissions when it changed them), then the
     * tenant-wide custom roles.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RoleList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function listRoles(string $tenant, ?RequestOptions $options = null): \Tessera\Models\RoleList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/roles', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\RoleList::fromArray($_data);
    }

    /**
     * Create a tenant-wide role.
     *
     * A custom role every organization of the tenant can assign.
     *
     * @param string $tenant The tenant's slug
     * @param string $key
     * @param string $name
     * @param string|null $description
     * @param list<string> $permissions
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public function createRole(string $tenant, string $key, string $name, array $permissions, ?string $description = null, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/roles', json: self::body(['key' => $key, 'name' => $name, 'description' => $description, 'permissions' => $permissions]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * Get a tenant-wide role.
     *
     * @param string $tenant The tenant's slug
     * @param string $role The role's key
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     */
    public function getRole(string $tenant, string $role, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/roles/' . self::path((string) $role), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * Delete a tenant-wide role.
     *
     * Only a custom role that no member holds.
     *
     * @param string $tenant The tenant's slug
     * @param string $role The role's key
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 A built-in role, or one that members hold
     */
    public function deleteRole(string $tenant, string $role, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/roles/' . self::path((string) $role), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update a tenant-wide role.
     *
     * For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
     * cannot change.
     *
     * @param string $tenant The tenant's slug
     * @param string $role The role's key
     * @param string|null $name
     * @param string|null $description
     * @param list<string>|null $permissions
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or role
     * @throws ConflictException 409 The owner role cannot change
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public function updateRole(string $tenant, string $role, ?string $name = null, ?string $description = null, ?array $permissions = null, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/roles/' . self::path((string) $role), json: self::body(['name' => $name, 'description' => $description, 'permissions' => $permissions]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * List an organization's roles.
     *
     * The built-in and tenant-wide roles, then the organization's own.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RoleList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function listOrganizationRoles(string $tenant, string $organization, ?RequestOptions $options = null): \Tessera\Models\RoleList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/roles', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\RoleList::fromArray($_data);
    }

    /**
     * Create an organization's role.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $key
     * @param string $name
     * @param string|null $description
     * @param list<string> $permissions
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The key is taken
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid key, name or permissions
     */
    public function createOrganizationRole(string $tenant, string $organization, string $key, string $name, array $permissions, ?string $description = null, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/roles', json: self::body(['key' => $key, 'name' => $name, 'description' => $description, 'permissions' => $permissions]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * Get an organization's role.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $role The role's key
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     */
    public function getOrganizationRole(string $tenant, string $organization, string $role, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/roles/' . self::path((string) $role), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * Delete an organization's role.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $role The role's key
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ConflictException 409 Members hold the role
     */
    public function deleteOrganizationRole(string $tenant, string $organization, string $role, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/roles/' . self::path((string) $role), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Update an organization's role.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $role The role's key
     * @param string|null $name
     * @param string|null $description
     * @param list<string>|null $permissions
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Role
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or role
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name or permissions
     */
    public function updateOrganizationRole(string $tenant, string $organization, string $role, ?string $name = null, ?string $description = null, ?array $permissions = null, ?RequestOptions $options = null): \Tessera\Models\Role
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/roles/' . self::path((string) $role), json: self::body(['name' => $name, 'description' => $description, 'permissions' => $permissions]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Role::fromArray($_data);
    }

    /**
     * Check a permission.
     *
     * May the subject do `permission` in the organization? The answer explains itself: the
     * role and pattern that granted it, or what was missing. Checks read live memberships.
     *
     * @param string $tenant The tenant's slug
     * @param string $subject A user id (`usr_…`) or a service account's client id (`cli_…`).
     * @param string $permission A concrete `resource:action` (no wildcard).
     * @param string|null $organization The organization (id or slug) the subject acts in. Roles come from memberships,
     * @param string|null $resource The resource acted on (`document:123`): the organization-wide role applies to every
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\AuthzDecision
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Malformed subject, permission, organization or resource
     */
    public function checkPermission(string $tenant, string $subject, string $permission, ?string $organization = null, ?string $resource = null, ?RequestOptions $options = null): \Tessera\Models\AuthzDecision
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/authz/check', json: self::body(['subject' => $subject, 'permission' => $permission, 'organization' => $organization, 'resource' => $resource]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\AuthzDecision::fromArray($_data);
    }

    /**
     * Check permissions in a batch.
     *
     * 1 to 100 checks, answered in order; malformed checks fail the whole batch.
     *
     * @param string $tenant The tenant's slug
     * @param list<\Tessera\Models\AuthzCheck> $checks
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\AuthzDecisionList
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Too many or too few checks, or a malformed one
     */
    public function checkPermissions(string $tenant, array $checks, ?RequestOptions $options = null): \Tessera\Models\AuthzDecisionList
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/authz/check-batch', json: self::body(['checks' => ($checks === null ? null : array_map(static fn ($_v0) => $_v0->toArray(), $checks))]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\AuthzDecisionList::fromArray($_data);
    }

    /**
     * List my organizations.
     *
     * The organizations I belong to, with my role; `current` marks the one this session is
     * switched into.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\MyOrganization across pages.
     *
     * @param string $tenant The tenant's slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\MyOrganization>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listMyOrganizations(string $tenant, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\MyOrganizationList::fromArray($this->request('GET', '/t/' . self::path((string) $tenant) . '/me/organizations', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['session_token'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Switch into an organization.
     *
     * Checks the organization's policies (allowed sign-in methods, MFA required, session
     * age) against this session, then returns an access token carrying `org_id`, `org_slug`,
     * `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
     * organization.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function switchOrganization(string $tenant, string $organization, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/organizations/' . self::path((string) $organization) . '/switch', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * Leave an organization.
     *
     * Ends my membership; my sessions switched into it carry no organization from their next
     * token on. The last owner cannot leave.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or organization, or not a member
     * @throws ConflictException 409 I am the last owner
     */
    public function leaveOrganization(string $tenant, string $organization, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me/organizations/' . self::path((string) $organization), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * Get my organization.
     *
     * Needs an access token switched into this organization and the `organization:read`
     * permission.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Organization
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function getMemberOrganization(string $tenant, string $organization, ?RequestOptions $options = null): \Tessera\Models\Organization
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\Organization::fromArray($_data);
    }

    /**
     * List my organization's members.
     *
     * Needs an access token switched into this organization and the `members:read` permission.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Membership across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Membership>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks the permission
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listMemberOrganizationMembers(string $tenant, string $organization, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\MembershipList::fromArray($this->request('GET', '/t/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/members', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['session_token'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * List invitations.
     *
     * Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Invitation across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Invitation>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listInvitations(string $tenant, string $organization, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\InvitationList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Invite someone by email.
     *
     * Sends a single-use link (7 days by default) to the address; the email is sent before the
     * answer, and if it cannot be, no invitation is kept.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $email
     * @param string|null $role A role key; `member` when absent.
     * @param string|null $locale Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
     * @param int|null $expiresInSecs Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Invitation
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public function createInvitation(string $tenant, string $organization, string $email, ?string $role = null, ?string $locale = null, ?int $expiresInSecs = null, ?RequestOptions $options = null): \Tessera\Models\Invitation
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations', json: self::body(['email' => $email, 'role' => $role, 'locale' => $locale, 'expires_in_secs' => $expiresInSecs]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Invitation::fromArray($_data);
    }

    /**
     * Get an invitation.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $invitation The invitation's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Invitation
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     */
    public function getInvitation(string $tenant, string $organization, string $invitation, ?RequestOptions $options = null): \Tessera\Models\Invitation
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations/' . self::path((string) $invitation), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Invitation::fromArray($_data);
    }

    /**
     * Revoke an invitation.
     *
     * Its link stops working at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $invitation The invitation's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     */
    public function revokeInvitation(string $tenant, string $organization, string $invitation, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations/' . self::path((string) $invitation), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Resend an invitation.
     *
     * Sends a new link with a fresh expiry (the same lifetime as before); the previous link
     * stops working.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $invitation The invitation's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Invitation
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or invitation
     * @throws ConflictException 409 Already accepted or revoked
     * @throws InternalServerException 503 The email could not be sent
     */
    public function resendInvitation(string $tenant, string $organization, string $invitation, ?RequestOptions $options = null): \Tessera\Models\Invitation
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations/' . self::path((string) $invitation) . '/resend', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\Invitation::fromArray($_data);
    }

    /**
     * Invite a teammate.
     *
     * A member with `members:invite` (an `admin` or `owner` by default) invites someone into
     * the organization their access token is switched into.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $email
     * @param string|null $role A role key; `member` when absent.
     * @param string|null $locale Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
     * @param int|null $expiresInSecs Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Invitation
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The token is for another organization, or the role lacks `members:invite`
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 Already a member, or a pending invitation exists
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid email, role, locale or lifetime
     * @throws InternalServerException 503 The email could not be sent
     */
    public function inviteMember(string $tenant, string $organization, string $email, ?string $role = null, ?string $locale = null, ?int $expiresInSecs = null, ?RequestOptions $options = null): \Tessera\Models\Invitation
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/invitations', json: self::body(['email' => $email, 'role' => $role, 'locale' => $locale, 'expires_in_secs' => $expiresInSecs]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\Invitation::fromArray($_data);
    }

    /**
     * Accept an invitation.
     *
     * With the `tin_…` token from the email. An invitee with an account signs in first and
     * sends the access token (`Authorization: Bearer …`); one without an account sends a
     * password, which creates the account (its email verified) and returns session tokens,
     * switched into the organization when its policies allow.
     *
     * @param string $tenant The tenant's slug
     * @param string $token The `tin_…` token from the invitation email's link.
     * @param string|null $password For an invitee without an account: the password of the account created on accepting.
     * @param string|null $name The new account's display name.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\InvitationAccepted
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
     * @throws PermissionDeniedException 403 Signed in as another address than the invited one
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The invited address has an account: sign in first
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A password is missing or breaks the policy
     */
    public function acceptInvitation(string $tenant, string $token, ?string $password = null, ?string $name = null, ?RequestOptions $options = null): \Tessera\Models\InvitationAccepted
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/invitations/accept', json: self::body(['token' => $token, 'password' => $password, 'name' => $name]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\InvitationAccepted::fromArray($_data);
    }

    /**
     * List API keys.
     *
     * Oldest first, optionally of one organization or user, revoked and expired keys included.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\ApiKey across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $organization Only this organization's keys (id or slug).
     * @param string|null $user Only this user's keys.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\ApiKey>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listApiKeys(string $tenant, ?string $organization = null, ?string $user = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $user, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\ApiKeyList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/api-keys', query: ['organization' => $organization, 'user' => $user, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Create an API key.
     *
     * For an organization or a user, limited to permission patterns, optionally expiring. The
     * `tsk_…` secret is in this answer only; resource servers check it by introspection.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $organization The owning organization (id or slug).
     * @param string|null $user The owning user's id.
     * @param string $name
     * @param list<string> $permissions 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
     * @param int|null $expiresInSecs Seconds until the key expires (60 to 63,072,000); absent: never.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ApiKeyWithSecret
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
     */
    public function createApiKey(string $tenant, string $name, array $permissions, ?string $organization = null, ?string $user = null, ?int $expiresInSecs = null, ?RequestOptions $options = null): \Tessera\Models\ApiKeyWithSecret
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/api-keys', json: self::body(['organization' => $organization, 'user' => $user, 'name' => $name, 'permissions' => $permissions, 'expires_in_secs' => $expiresInSecs]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ApiKeyWithSecret::fromArray($_data);
    }

    /**
     * Get an API key.
     *
     * @param string $tenant The tenant's slug
     * @param string $key The key's id (`key_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ApiKey
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     */
    public function getApiKey(string $tenant, string $key, ?RequestOptions $options = null): \Tessera\Models\ApiKey
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/api-keys/' . self::path((string) $key), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ApiKey::fromArray($_data);
    }

    /**
     * Revoke an API key.
     *
     * Introspection answers `active: false` for it from now on.
     *
     * @param string $tenant The tenant's slug
     * @param string $key The key's id (`key_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 Already revoked
     */
    public function revokeApiKey(string $tenant, string $key, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/api-keys/' . self::path((string) $key), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Rotate an API key.
     *
     * Issues a successor with the same owner, name, permissions and lifetime; the old key
     * keeps working for `overlap_secs` (a day by default).
     *
     * @param string $tenant The tenant's slug
     * @param string $key The key's id (`key_…`)
     * @param int|null $overlapSecs How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ApiKeyWithSecret
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or key
     * @throws ConflictException 409 The key is revoked, expired or already rotated
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Overlap out of range
     */
    public function rotateApiKey(string $tenant, string $key, ?int $overlapSecs = null, ?RequestOptions $options = null): \Tessera\Models\ApiKeyWithSecret
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/api-keys/' . self::path((string) $key) . '/rotate', json: self::body(['overlap_secs' => $overlapSecs], true), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ApiKeyWithSecret::fromArray($_data);
    }

    /**
     * List an organization's domains.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OrganizationDomainList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     */
    public function listOrganizationDomains(string $tenant, string $organization, ?RequestOptions $options = null): \Tessera\Models\OrganizationDomainList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/domains', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OrganizationDomainList::fromArray($_data);
    }

    /**
     * Claim a domain.
     *
     * Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $domain
     * @param bool|null $autoJoin
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OrganizationDomain
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The organization already claims it
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not a domain name
     */
    public function addOrganizationDomain(string $tenant, string $organization, string $domain, ?bool $autoJoin = null, ?RequestOptions $options = null): \Tessera\Models\OrganizationDomain
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/domains', json: self::body(['domain' => $domain, 'auto_join' => $autoJoin]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OrganizationDomain::fromArray($_data);
    }

    /**
     * Remove a domain.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $domain The domain's id (`dom_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     */
    public function removeOrganizationDomain(string $tenant, string $organization, string $domain, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/domains/' . self::path((string) $domain), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Change a domain's auto-join.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $domain The domain's id (`dom_…`)
     * @param bool $autoJoin
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OrganizationDomain
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ApiException 415 Body is not JSON
     */
    public function updateOrganizationDomain(string $tenant, string $organization, string $domain, bool $autoJoin, ?RequestOptions $options = null): \Tessera\Models\OrganizationDomain
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/domains/' . self::path((string) $domain), json: self::body(['auto_join' => $autoJoin]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OrganizationDomain::fromArray($_data);
    }

    /**
     * Verify a domain.
     *
     * Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
     * holds `txt_value`, the domain is verified.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $domain The domain's id (`dom_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OrganizationDomain
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or domain
     * @throws ConflictException 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
     */
    public function verifyOrganizationDomain(string $tenant, string $organization, string $domain, ?RequestOptions $options = null): \Tessera\Models\OrganizationDomain
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/domains/' . self::path((string) $domain) . '/verify', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\OrganizationDomain::fromArray($_data);
    }

    /**
     * List service accounts.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\ServiceAccount across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\ServiceAccount>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listServiceAccounts(string $tenant, string $organization, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\ServiceAccountList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/service-accounts', query: ['limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Create a service account.
     *
     * A confidential client with the `client_credentials` grant, owned by the organization and
     * acting with one of its roles (`member` by default). Its tokens carry `org_id`,
     * `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $name
     * @param string|null $role A role of the organization (built-in, tenant-wide or its own); `member` by default.
     * @param list<string>|null $scopes
     * @param list<string>|null $audiences
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ServiceAccountWithSecret
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, role, scopes or audiences
     */
    public function createServiceAccount(string $tenant, string $organization, string $name, ?string $role = null, ?array $scopes = null, ?array $audiences = null, ?RequestOptions $options = null): \Tessera\Models\ServiceAccountWithSecret
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/service-accounts', json: self::body(['name' => $name, 'role' => $role, 'scopes' => $scopes, 'audiences' => $audiences]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ServiceAccountWithSecret::fromArray($_data);
    }

    /**
     * Get a service account.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $serviceAccount The service account's client id (`cli_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ServiceAccount
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public function getServiceAccount(string $tenant, string $organization, string $serviceAccount, ?RequestOptions $options = null): \Tessera\Models\ServiceAccount
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/service-accounts/' . self::path((string) $serviceAccount), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ServiceAccount::fromArray($_data);
    }

    /**
     * Delete a service account.
     *
     * Deletes its client too: its secret stops working at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $serviceAccount The service account's client id (`cli_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     */
    public function deleteServiceAccount(string $tenant, string $organization, string $serviceAccount, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/service-accounts/' . self::path((string) $serviceAccount), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Change a service account's role.
     *
     * Its next token carries the new role; checks use it at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $serviceAccount The service account's client id (`cli_…`)
     * @param string $role
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ServiceAccount
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or service account
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Unknown role
     */
    public function updateServiceAccount(string $tenant, string $organization, string $serviceAccount, string $role, ?RequestOptions $options = null): \Tessera\Models\ServiceAccount
    {
        $_data = $this->request('PATCH', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/service-accounts/' . self::path((string) $serviceAccount), json: self::body(['role' => $role]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ServiceAccount::fromArray($_data);
    }

    /**
     * List resource grants.
     *
     * Oldest first, optionally of one subject or on one resource.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\ResourceGrant across pages.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string|null $subject Only this subject's grants.
     * @param string|null $resource Only grants on this resource.
     * @param int|null $limit Items per page, 1-100 (default 20).
     * @param string|null $cursor The `next_cursor` of the previous page.
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\ResourceGrant>
     * @throws BadRequestException 400 Malformed query or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws UnprocessableException 422 Limit out of range or unknown cursor
     */
    public function listResourceGrants(string $tenant, string $organization, ?string $subject = null, ?string $resource = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($tenant, $organization, $subject, $resource, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\ResourceGrantList::fromArray($this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/resource-grants', query: ['subject' => $subject, 'resource' => $resource, 'limit' => $limit, 'cursor' => $_cursor], auth: ['admin_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Grant a role on one resource.
     *
     * To a member or a service account of the organization, on top of their organization-wide
     * role; `authz/check` with that `resource` consults it.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $subject
     * @param string $resource
     * @param string $role
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ResourceGrant
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or organization
     * @throws ConflictException 409 The subject already holds a role on the resource
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A subject outside the organization, an unknown role or a malformed resource
     */
    public function createResourceGrant(string $tenant, string $organization, string $subject, string $resource, string $role, ?RequestOptions $options = null): \Tessera\Models\ResourceGrant
    {
        $_data = $this->request('POST', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/resource-grants', json: self::body(['subject' => $subject, 'resource' => $resource, 'role' => $role]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\ResourceGrant::fromArray($_data);
    }

    /**
     * Revoke a resource grant.
     *
     * @param string $tenant The tenant's slug
     * @param string $organization The organization's id or slug
     * @param string $grant The grant's id (`rgr_…`)
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, organization or grant
     */
    public function deleteResourceGrant(string $tenant, string $organization, string $grant, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/organizations/' . self::path((string) $organization) . '/resource-grants/' . self::path((string) $grant), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * Get passkey settings.
     *
     * The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
     * Unset values show their defaults, derived from the server's public URL.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\WebauthnSettings
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     */
    public function getWebauthnSettings(string $tenant, ?RequestOptions $options = null): \Tessera\Models\WebauthnSettings
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/webauthn-settings', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\WebauthnSettings::fromArray($_data);
    }

    /**
     * Set passkey settings.
     *
     * Replaces the settings; omitted fields return to their defaults. Passkeys registered under
     * another RP ID stop working, since browsers scope credentials to the RP ID.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $rpId
     * @param string|null $rpName
     * @param list<string>|null $origins
     * @param \Tessera\Models\AttestationConveyance|null $attestation
     * @param list<string>|null $allowedFormats
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\WebauthnSettings
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed RP ID, origin or format, or an origin outside the RP ID
     */
    public function setWebauthnSettings(string $tenant, ?string $rpId = null, ?string $rpName = null, ?array $origins = null, ?\Tessera\Models\AttestationConveyance $attestation = null, ?array $allowedFormats = null, ?RequestOptions $options = null): \Tessera\Models\WebauthnSettings
    {
        $_data = $this->request('PUT', '/v1/tenants/' . self::path((string) $tenant) . '/webauthn-settings', json: self::body(['rp_id' => $rpId, 'rp_name' => $rpName, 'origins' => $origins, 'attestation' => ($attestation === null ? null : $attestation->value), 'allowed_formats' => $allowedFormats]), auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\WebauthnSettings::fromArray($_data);
    }

    /**
     * List a user's passkeys.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasskeyList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant or user
     */
    public function listUserPasskeys(string $tenant, string $user, ?RequestOptions $options = null): \Tessera\Models\PasskeyList
    {
        $_data = $this->request('GET', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/passkeys', auth: ['admin_key'], expect: 'json', options: $options);
        return \Tessera\Models\PasskeyList::fromArray($_data);
    }

    /**
     * Delete a user's passkey.
     *
     * The passkey can no longer sign in, from the next ceremony on.
     *
     * @param string $tenant The tenant's slug
     * @param string $user The user's id
     * @param string $passkey The passkey's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing or invalid admin key
     * @throws NotFoundException 404 No such tenant, user or passkey
     */
    public function deleteUserPasskey(string $tenant, string $user, string $passkey, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/v1/tenants/' . self::path((string) $tenant) . '/users/' . self::path((string) $user) . '/passkeys/' . self::path((string) $passkey), auth: ['admin_key'], expect: 'empty', options: $options);
    }

    /**
     * My passkeys.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasskeyList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function listMyPasskeys(string $tenant, ?RequestOptions $options = null): \Tessera\Models\PasskeyList
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/me/passkeys', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\PasskeyList::fromArray($_data);
    }

    /**
     * Add a passkey.
     *
     * Verifies the browser's answer to the registration options and stores the passkey.
     *
     * @param string $tenant The tenant's slug
     * @param string $ceremonyId
     * @param array<string, mixed> $credential The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
     * @param string|null $name 1-64 characters; defaults to "Passkey".
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Passkey
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 This credential is already registered
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
     */
    public function registerPasskey(string $tenant, string $ceremonyId, array $credential, ?string $name = null, ?RequestOptions $options = null): \Tessera\Models\Passkey
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/passkeys', json: self::body(['ceremony_id' => $ceremonyId, 'credential' => ($credential === null ? null : \Tessera\Models\ModelSupport::object($credential)), 'name' => $name]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\Passkey::fromArray($_data);
    }

    /**
     * Start adding a passkey.
     *
     * Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
     * browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasskeyCeremony
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function startPasskeyRegistration(string $tenant, ?RequestOptions $options = null): \Tessera\Models\PasskeyCeremony
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/passkeys/options', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\PasskeyCeremony::fromArray($_data);
    }

    /**
     * Delete one of my passkeys.
     *
     * @param string $tenant The tenant's slug
     * @param string $passkey The passkey's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     */
    public function deleteMyPasskey(string $tenant, string $passkey, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me/passkeys/' . self::path((string) $passkey), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * Rename one of my passkeys.
     *
     * @param string $tenant The tenant's slug
     * @param string $passkey The passkey's id
     * @param string $name 1-64 characters.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Passkey
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or passkey
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A name that is empty or longer than 64 characters
     */
    public function renameMyPasskey(string $tenant, string $passkey, string $name, ?RequestOptions $options = null): \Tessera\Models\Passkey
    {
        $_data = $this->request('PATCH', '/t/' . self::path((string) $tenant) . '/me/passkeys/' . self::path((string) $passkey), json: self::body(['name' => $name]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\Passkey::fromArray($_data);
    }

    /**
     * Start a passkey sign-in.
     *
     * Answers the options for `navigator.credentials.get()`. With the `email` of an account
     * that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
     * or one without passkeys) they are username-less, with `mediation: "conditional"` for
     * autofill, and any passkey of the tenant may answer.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $email Ask for this account's passkeys only. Without it (username-less), any passkey the
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasskeyCeremony
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed email
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function startPasskeySignIn(string $tenant, ?string $email = null, ?RequestOptions $options = null): \Tessera\Models\PasskeyCeremony
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/passkeys/options', json: self::body(['email' => $email]), expect: 'json', options: $options);
        return \Tessera\Models\PasskeyCeremony::fromArray($_data);
    }

    /**
     * Sign in with a passkey.
     *
     * Verifies the browser's assertion and opens a session, answered like a password sign-in.
     * A passkey verifies its user, so no second factor is asked for.
     *
     * With `organization`, the session opens switched into that organization, as at
     * `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
     * a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
     * `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
     *
     * @param string $tenant The tenant's slug
     * @param string $ceremonyId
     * @param array<string, mixed> $credential The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param string|null $organization Sign in into this organization (its id, `org_…`, or its slug), as at
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential, or `organization` names no organization of the tenant
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function verifyPasskeySignIn(string $tenant, string $ceremonyId, array $credential, ?\Tessera\Models\TokenDelivery $delivery = null, ?string $organization = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/passkeys/verify', json: self::body(['ceremony_id' => $ceremonyId, 'credential' => ($credential === null ? null : \Tessera\Models\ModelSupport::object($credential)), 'delivery' => ($delivery === null ? null : $delivery->value), 'organization' => $organization]), expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * Start the passkey step of an MFA challenge.
     *
     * For a login answer whose `factors` include `passkey`: options for
     * `navigator.credentials.get()` listing the account's passkeys.
     *
     * @param string $tenant The tenant's slug
     * @param string $mfaToken The `mfa_token` of the login answer.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\PasskeyCeremony
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: unknown, expired or spent MFA token
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The account has no passkey
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function startPasskeySecondFactor(string $tenant, string $mfaToken, ?RequestOptions $options = null): \Tessera\Models\PasskeyCeremony
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/mfa/passkey/options', json: self::body(['mfa_token' => $mfaToken]), expect: 'json', options: $options);
        return \Tessera\Models\PasskeyCeremony::fromArray($_data);
    }

    /**
     * Complete an MFA challenge with a passkey.
     *
     * Verifies the assertion, spends the MFA token and opens the session.
     *
     * @param string $tenant The tenant's slug
     * @param string $mfaToken
     * @param string $ceremonyId
     * @param array<string, mixed> $credential
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 A malformed credential
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function verifyPasskeySecondFactor(string $tenant, string $mfaToken, string $ceremonyId, array $credential, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/mfa/passkey/verify', json: self::body(['mfa_token' => $mfaToken, 'ceremony_id' => $ceremonyId, 'credential' => ($credential === null ? null : \Tessera\Models\ModelSupport::object($credential)), 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * OpenID Provider configuration.
     *
     * The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OpenIdConfiguration
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public function getOpenIdConfiguration(string $tenant, ?RequestOptions $options = null): \Tessera\Models\OpenIdConfiguration
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/.well-known/openid-configuration', expect: 'json', options: $options);
        return \Tessera\Models\OpenIdConfiguration::fromArray($_data);
    }

    /**
     * JSON Web Key Set.
     *
     * The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
     * they signed has expired.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\JwkSet
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public function getJwks(string $tenant, ?RequestOptions $options = null): \Tessera\Models\JwkSet
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/.well-known/jwks.json', expect: 'json', options: $options);
        return \Tessera\Models\JwkSet::fromArray($_data);
    }

    /**
     * OAuth authorization server metadata.
     *
     * RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
     * path appended; clients such as the MCP SDK look here first.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\OpenIdConfiguration
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant
     */
    public function getAuthorizationServerMetadata(string $tenant, ?RequestOptions $options = null): \Tessera\Models\OpenIdConfiguration
    {
        $_data = $this->request('GET', '/.well-known/oauth-authorization-server/t/' . self::path((string) $tenant), expect: 'json', options: $options);
        return \Tessera\Models\OpenIdConfiguration::fromArray($_data);
    }

    /**
     * Sign in with email and password.
     *
     * Answers the same `invalid_credentials` whether the email is unknown or the password is
     * wrong. After five failures the email is locked with exponential backoff (429 with
     * `Retry-After`), whether or not it has an account.
     *
     * When the user has a second factor, a correct password answers an `MfaChallenge`
     * (`mfa_required: true`) instead of tokens: complete the sign-in at
     * `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
     *
     * With `organization` (an id, `org_…`, or a slug), the session opens switched into that
     * organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
     * access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
     * `permissions`. An organization the tenant does not have is `422` before the password is
     * checked. Once every factor is verified (here, or at the second factor, whose challenge
     * remembers the organization), a user who is not a member gets `403 permission_denied`,
     * and a sign-in that does not meet a policy `403 organization_policy_violation` whose
     * `detail` names the policy in backquotes; either opens no session and counts nothing
     * towards the lockout. A wrong password is `invalid_credentials` as without it.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param string $password
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param string|null $organization Sign in into this organization (its id, `org_…`, or its slug), as with
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Wrong email or password
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 `organization` names no organization of the tenant
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public function login(string $tenant, string $email, string $password, ?\Tessera\Models\TokenDelivery $delivery = null, ?string $organization = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/login', json: self::body(['email' => $email, 'password' => $password, 'delivery' => ($delivery === null ? null : $delivery->value), 'organization' => $organization]), expect: 'json', options: $options);
        return \Tessera\Models\LoginResponse::fromArray($_data);
    }

    /**
     * Refresh a session.
     *
     * Spends the refresh token (from the body or the cookie) and returns a new access token
     * and a new refresh token. A refresh token works once: presenting a spent one revokes the
     * whole session.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $refreshToken
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, revoked or reused refresh token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function refreshSession(string $tenant, ?string $refreshToken = null, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/refresh', json: self::body(['refresh_token' => $refreshToken, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * Sign out.
     *
     * Revokes the session of the refresh token (from the body or the cookie) and clears the
     * cookie. Signing out twice, or with an unknown token, also answers 204.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $refreshToken
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     */
    public function logout(string $tenant, ?string $refreshToken = null, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): void
    {
        $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/logout', json: self::body(['refresh_token' => $refreshToken, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'empty', options: $options);
    }

    /**
     * Token endpoint.
     *
     * Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
     * returns an ID token for `openid` and a rotating refresh token when the client may use
     * `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
     * `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
     * `client_secret_post` as registered; public clients send only `client_id`.
     *
     * @param string $tenant The tenant's slug
     * @param string $grantType `authorization_code`, `refresh_token` or `client_credentials`.
     * @param string|null $code With `authorization_code`: the code the authorization endpoint returned.
     * @param string|null $redirectUri With `authorization_code`: the `redirect_uri` of the authorization request.
     * @param string|null $codeVerifier With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
     * @param string|null $refreshToken With `refresh_token`: the refresh token to spend.
     * @param string|null $scope Space-separated scopes; all the client's scopes when omitted.
     * @param string|null $resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).
     * @param string|null $audience Auth0-style synonym of `resource`.
     * @param string|null $clientId With `client_secret_post`.
     * @param string|null $clientSecret With `client_secret_post`.
     * @param string|null $clientAssertionType With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
     * @param string|null $clientAssertion With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TokenResponse
     * @throws BadRequestException 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthToken(string $tenant, string $grantType, ?string $code = null, ?string $redirectUri = null, ?string $codeVerifier = null, ?string $refreshToken = null, ?string $scope = null, ?string $resource = null, ?string $audience = null, ?string $clientId = null, ?string $clientSecret = null, ?string $clientAssertionType = null, ?string $clientAssertion = null, ?RequestOptions $options = null): \Tessera\Models\TokenResponse
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/token', form: self::body(['grant_type' => $grantType, 'code' => $code, 'redirect_uri' => $redirectUri, 'code_verifier' => $codeVerifier, 'refresh_token' => $refreshToken, 'scope' => $scope, 'resource' => $resource, 'audience' => $audience, 'client_id' => $clientId, 'client_secret' => $clientSecret, 'client_assertion_type' => $clientAssertionType, 'client_assertion' => $clientAssertion]), expect: 'json', options: $options);
        return \Tessera\Models\TokenResponse::fromArray($_data);
    }

    /**
     * Token introspection.
     *
     * RFC 7662: whether an access token of this tenant is active, with its claims. Callers
     * authenticate as a confidential client of the tenant.
     *
     * @param string $tenant The tenant's slug
     * @param string $token
     * @param string|null $tokenTypeHint `access_token` or `refresh_token`; a hint only.
     * @param string|null $clientId
     * @param string|null $clientSecret
     * @param string|null $clientAssertionType
     * @param string|null $clientAssertion
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\IntrospectionResponse
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthIntrospect(string $tenant, string $token, ?string $tokenTypeHint = null, ?string $clientId = null, ?string $clientSecret = null, ?string $clientAssertionType = null, ?string $clientAssertion = null, ?RequestOptions $options = null): \Tessera\Models\IntrospectionResponse
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/introspect', form: self::body(['token' => $token, 'token_type_hint' => $tokenTypeHint, 'client_id' => $clientId, 'client_secret' => $clientSecret, 'client_assertion_type' => $clientAssertionType, 'client_assertion' => $clientAssertion]), expect: 'json', options: $options);
        return \Tessera\Models\IntrospectionResponse::fromArray($_data);
    }

    /**
     * Token revocation.
     *
     * RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
     * foreign tokens also answer 200, as the RFC requires.
     *
     * @param string $tenant The tenant's slug
     * @param string $token
     * @param string|null $tokenTypeHint `access_token` or `refresh_token`; a hint only.
     * @param string|null $clientId
     * @param string|null $clientSecret
     * @param string|null $clientAssertionType
     * @param string|null $clientAssertion
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 invalid_request
     * @throws AuthenticationException 401 invalid_client
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthRevoke(string $tenant, string $token, ?string $tokenTypeHint = null, ?string $clientId = null, ?string $clientSecret = null, ?string $clientAssertionType = null, ?string $clientAssertion = null, ?RequestOptions $options = null): void
    {
        $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/revoke', form: self::body(['token' => $token, 'token_type_hint' => $tokenTypeHint, 'client_id' => $clientId, 'client_secret' => $clientSecret, 'client_assertion_type' => $clientAssertionType, 'client_assertion' => $clientAssertion]), expect: 'empty', options: $options);
    }

    /**
     * UserInfo.
     *
     * OpenID Connect Core §5.3: the claims about the token's user that its scopes release
     * (`openid` required; `profile` and `email` add claims). Send the access token as a
     * Bearer token.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\UserInfo
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthUserInfo(string $tenant, ?RequestOptions $options = null): \Tessera\Models\UserInfo
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/oauth/userinfo', auth: ['bearer_token'], expect: 'json', options: $options);
        return \Tessera\Models\UserInfo::fromArray($_data);
    }

    /**
     * UserInfo (POST).
     *
     * The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\UserInfo
     * @throws AuthenticationException 401 invalid_token (RFC 6750)
     * @throws PermissionDeniedException 403 insufficient_scope: the token lacks openid
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthUserInfoPost(string $tenant, ?RequestOptions $options = null): \Tessera\Models\UserInfo
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/userinfo', auth: ['bearer_token'], expect: 'json', options: $options);
        return \Tessera\Models\UserInfo::fromArray($_data);
    }

    /**
     * Register a client dynamically.
     *
     * RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
     * need. Registered clients get the authorization code flow (with `refresh_token` when
     * asked); `token_endpoint_auth_method: none` makes a public client. The response carries
     * the client secret and the registration access token, once.
     *
     * @param string $tenant The tenant's slug
     * @param list<string>|null $redirectUris
     * @param string|null $tokenEndpointAuthMethod `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
     * @param list<string>|null $grantTypes `authorization_code` and `refresh_token` (the default is `authorization_code`).
     * @param list<string>|null $responseTypes `code` only.
     * @param string|null $clientName
     * @param string|null $scope Space-separated scopes the client will use (informational).
     * @param list<string>|null $postLogoutRedirectUris
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ClientRegistrationResponse
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws PermissionDeniedException 403 access_denied: the tenant does not allow dynamic registration
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthRegister(string $tenant, ?array $redirectUris = null, ?string $tokenEndpointAuthMethod = null, ?array $grantTypes = null, ?array $responseTypes = null, ?string $clientName = null, ?string $scope = null, ?array $postLogoutRedirectUris = null, ?RequestOptions $options = null): \Tessera\Models\ClientRegistrationResponse
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/register', json: self::body(['redirect_uris' => $redirectUris, 'token_endpoint_auth_method' => $tokenEndpointAuthMethod, 'grant_types' => $grantTypes, 'response_types' => $responseTypes, 'client_name' => $clientName, 'scope' => $scope, 'post_logout_redirect_uris' => $postLogoutRedirectUris]), expect: 'json', options: $options);
        return \Tessera\Models\ClientRegistrationResponse::fromArray($_data);
    }

    /**
     * Read a registration.
     *
     * RFC 7592 §2.1, with the registration access token as a Bearer token.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ClientRegistrationResponse
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthReadRegistration(string $tenant, string $client, ?RequestOptions $options = null): \Tessera\Models\ClientRegistrationResponse
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/oauth/register/' . self::path((string) $client), auth: ['registration_token'], expect: 'json', options: $options);
        return \Tessera\Models\ClientRegistrationResponse::fromArray($_data);
    }

    /**
     * Update a registration.
     *
     * RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
     * cannot change).
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param list<string>|null $redirectUris
     * @param string|null $tokenEndpointAuthMethod `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
     * @param list<string>|null $grantTypes `authorization_code` and `refresh_token` (the default is `authorization_code`).
     * @param list<string>|null $responseTypes `code` only.
     * @param string|null $clientName
     * @param string|null $scope Space-separated scopes the client will use (informational).
     * @param list<string>|null $postLogoutRedirectUris
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ClientRegistrationResponse
     * @throws BadRequestException 400 invalid_redirect_uri or invalid_client_metadata
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthUpdateRegistration(string $tenant, string $client, ?array $redirectUris = null, ?string $tokenEndpointAuthMethod = null, ?array $grantTypes = null, ?array $responseTypes = null, ?string $clientName = null, ?string $scope = null, ?array $postLogoutRedirectUris = null, ?RequestOptions $options = null): \Tessera\Models\ClientRegistrationResponse
    {
        $_data = $this->request('PUT', '/t/' . self::path((string) $tenant) . '/oauth/register/' . self::path((string) $client), json: self::body(['redirect_uris' => $redirectUris, 'token_endpoint_auth_method' => $tokenEndpointAuthMethod, 'grant_types' => $grantTypes, 'response_types' => $responseTypes, 'client_name' => $clientName, 'scope' => $scope, 'post_logout_redirect_uris' => $postLogoutRedirectUris]), auth: ['registration_token'], expect: 'json', options: $options);
        return \Tessera\Models\ClientRegistrationResponse::fromArray($_data);
    }

    /**
     * Delete a registration.
     *
     * RFC 7592 §2.3: the client stops working at once.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The client_id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws AuthenticationException 401 invalid_token
     * @throws NotFoundException 404 No such tenant
     */
    public function oauthDeleteRegistration(string $tenant, string $client, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/oauth/register/' . self::path((string) $client), auth: ['registration_token'], expect: 'empty', options: $options);
    }

    /**
     * Protected resource metadata.
     *
     * RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
     * behalf: resource servers point clients here from their `WWW-Authenticate` challenge
     * (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
     *
     * @param string $tenant The tenant's slug
     * @param string $resource The resource's id
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ProtectedResourceMetadata
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws NotFoundException 404 No such tenant or resource
     */
    public function getProtectedResourceMetadata(string $tenant, string $resource, ?RequestOptions $options = null): \Tessera\Models\ProtectedResourceMetadata
    {
        $_data = $this->request('GET', '/.well-known/oauth-protected-resource/t/' . self::path((string) $tenant) . '/resources/' . self::path((string) $resource), expect: 'json', options: $options);
        return \Tessera\Models\ProtectedResourceMetadata::fromArray($_data);
    }

    /**
     * Complete a sign-in with a second factor.
     *
     * Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
     * current six-digit code (the previous and next 30-second codes are accepted too, each
     * code only once), or `recovery_code`, one of the user's single-use recovery codes. A
     * wrong code answers `invalid_code` and leaves the token usable until it expires (five
     * minutes); failures count towards the same lockout as wrong passwords. Success spends the
     * token and returns the session's tokens, delivered as `delivery` asks.
     *
     * When the login named an `organization`, the session opens into it once the user's
     * membership and the organization's policies, judged with this second factor (so
     * `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
     * and no session is opened.
     *
     * @param string $tenant The tenant's slug
     * @param string $mfaToken The `mfa_token` of the login answer.
     * @param string|null $code The current six-digit code of the user's authenticator app.
     * @param string|null $recoveryCode One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
     * @throws PermissionDeniedException 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not exactly one of `code` and `recovery_code`, or a malformed one
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public function verifyMfa(string $tenant, string $mfaToken, ?string $code = null, ?string $recoveryCode = null, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/mfa/verify', json: self::body(['mfa_token' => $mfaToken, 'code' => $code, 'recovery_code' => $recoveryCode, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * Sign up.
     *
     * Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
     * takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
     * (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
     * `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
     * the password policy.
     *
     * The answer is the same 202, after about the same time, whether or not the address
     * already has an account, so it reveals nothing about which accounts exist: a new address
     * is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
     * an address with an account is emailed a notice with a password-reset link instead.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param string $password Checked against the password policy.
     * @param string|null $name
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailRequestAccepted
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws PermissionDeniedException 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 413 Body too large
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address, a name that is too long, or a password that does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function signup(string $tenant, string $email, string $password, ?string $name = null, ?RequestOptions $options = null): \Tessera\Models\EmailRequestAccepted
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/signup', json: self::body(['email' => $email, 'password' => $password, 'name' => $name]), expect: 'json', options: $options);
        return \Tessera\Models\EmailRequestAccepted::fromArray($_data);
    }

    /**
     * Finish signing up.
     *
     * Spends the token of a signup link, creates the user (with the email verified) and signs
     * them in: the session's tokens, the refresh token in JSON or in the session cookie as
     * `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
     * signup of the same address; 409 if the address got an account in the meantime.
     *
     * @param string $tenant The tenant's slug
     * @param string $token The token from the confirmation link (`tsu_…`).
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The tenant no longer takes signups from this address
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 The address already has an account
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function verifySignup(string $tenant, string $token, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/signup/verify', json: self::body(['token' => $token, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\SessionTokens::fromArray($_data);
    }

    /**
     * Verify an email address.
     *
     * Spends the token of a verification link and marks the user's email verified. The token
     * is refused if it expired, was used or replaced, or if the user's email changed since.
     *
     * @param string $tenant The tenant's slug
     * @param string $token The token from the verification link (`tev_…`).
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailVerified
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function verifyEmail(string $tenant, string $token, ?RequestOptions $options = null): \Tessera\Models\EmailVerified
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/verify-email', json: self::body(['token' => $token]), expect: 'json', options: $options);
        return \Tessera\Models\EmailVerified::fromArray($_data);
    }

    /**
     * Request a password reset.
     *
     * Emails a reset link (valid once, for 30 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailRequestAccepted
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function requestPasswordReset(string $tenant, string $email, ?RequestOptions $options = null): \Tessera\Models\EmailRequestAccepted
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/password-reset', json: self::body(['email' => $email]), expect: 'json', options: $options);
        return \Tessera\Models\EmailRequestAccepted::fromArray($_data);
    }

    /**
     * Set a new password with a reset token.
     *
     * Spends the token of a reset link, sets the password (checked against the password
     * policy; a refused password leaves the token usable), marks the email verified, lifts a
     * sign-in lockout and revokes every session of the user.
     *
     * @param string $tenant The tenant's slug
     * @param string $token The token from the reset link (`tpr_…`).
     * @param string $newPassword Checked against the password policy.
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The password does not meet the policy
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function confirmPasswordReset(string $tenant, string $token, string $newPassword, ?RequestOptions $options = null): void
    {
        $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/password-reset/confirm', json: self::body(['token' => $token, 'new_password' => $newPassword]), expect: 'empty', options: $options);
    }

    /**
     * Request a magic link.
     *
     * Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
     * sign in. The answer is the same 202, after about the same time, whether or not it does.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailRequestAccepted
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function requestMagicLink(string $tenant, string $email, ?RequestOptions $options = null): \Tessera\Models\EmailRequestAccepted
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/magic-link', json: self::body(['email' => $email]), expect: 'json', options: $options);
        return \Tessera\Models\EmailRequestAccepted::fromArray($_data);
    }

    /**
     * Sign in with a magic link.
     *
     * Spends the token of a magic link and answers as a password login does: the session's
     * tokens (the refresh token in JSON or in the session cookie), or, when the user has a
     * second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
     *
     * @param string $tenant The tenant's slug
     * @param string $token The token from the magic link (`tml_…`).
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Unknown, expired, used or superseded token
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function verifyMagicLink(string $tenant, string $token, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/magic-link/verify', json: self::body(['token' => $token, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\LoginResponse::fromArray($_data);
    }

    /**
     * Request an email sign-in code.
     *
     * Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
     * account that may sign in. The answer is the same 202, after about the same time, whether
     * or not it does.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\EmailRequestAccepted
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Not an email address
     * @throws RateLimitedException 429 Too many requests from this address
     */
    public function requestEmailCode(string $tenant, string $email, ?RequestOptions $options = null): \Tessera\Models\EmailRequestAccepted
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/email-code', json: self::body(['email' => $email]), expect: 'json', options: $options);
        return \Tessera\Models\EmailRequestAccepted::fromArray($_data);
    }

    /**
     * Sign in with an email code.
     *
     * Checks the code last sent to the email and answers as a password login does: the
     * session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
     * `invalid_code` and count toward the email's sign-in lockout (shared with password login;
     * 429 with `Retry-After`), and a code dies after five wrong guesses.
     *
     * @param string $tenant The tenant's slug
     * @param string $email
     * @param string $code The six-digit code from the email.
     * @param \Tessera\Models\TokenDelivery|null $delivery
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 `invalid_code`: wrong, expired or used code
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is not six digits
     * @throws RateLimitedException 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
     */
    public function verifyEmailCode(string $tenant, string $email, string $code, ?\Tessera\Models\TokenDelivery $delivery = null, ?RequestOptions $options = null): \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/auth/email-code/verify', json: self::body(['email' => $email, 'code' => $code, 'delivery' => ($delivery === null ? null : $delivery->value)]), expect: 'json', options: $options);
        return \Tessera\Models\LoginResponse::fromArray($_data);
    }

    /**
     * Get my profile.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function getMe(string $tenant, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/me', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Delete my account.
     *
     * Deletes the account and its sessions; needs the current password when the account has one.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $currentPassword Required when the account has a password.
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public function deleteMe(string $tenant, ?string $currentPassword = null, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me', json: self::body(['current_password' => $currentPassword]), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * Update my profile.
     *
     * Name, picture and locale. Email changes and metadata are for administrators.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $name
     * @param string|null $picture
     * @param string|null $locale
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\User
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 Invalid name, picture or locale
     */
    public function updateMe(string $tenant, ?string $name = null, ?string $picture = null, ?string $locale = null, ?RequestOptions $options = null): \Tessera\Models\User
    {
        $_data = $this->request('PATCH', '/t/' . self::path((string) $tenant) . '/me', json: self::body(['name' => $name, 'picture' => $picture, 'locale' => $locale]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\User::fromArray($_data);
    }

    /**
     * Change my password.
     *
     * Needs the current password (when the account has one); every other session of the
     * user ends, this one stays.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $currentPassword Required when the account has a password.
     * @param string $newPassword
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The new password breaks the policy, or the current one is missing
     */
    public function changeMyPassword(string $tenant, string $newPassword, ?string $currentPassword = null, ?RequestOptions $options = null): void
    {
        $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/password', json: self::body(['current_password' => $currentPassword, 'new_password' => $newPassword]), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * List my sessions.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\SessionList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function listMySessions(string $tenant, ?RequestOptions $options = null): \Tessera\Models\SessionList
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/me/sessions', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\SessionList::fromArray($_data);
    }

    /**
     * Sign out one of my sessions.
     *
     * @param string $tenant The tenant's slug
     * @param string $session The session's id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant or live session
     */
    public function revokeMySession(string $tenant, string $session, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me/sessions/' . self::path((string) $session), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * My TOTP status.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TotpStatus
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function getMyTotp(string $tenant, ?RequestOptions $options = null): \Tessera\Models\TotpStatus
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/me/mfa/totp', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\TotpStatus::fromArray($_data);
    }

    /**
     * Start my TOTP enrolment.
     *
     * Needs the current password (when the account has one). Returns a new secret, pending
     * until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $currentPassword Required when the account has a password.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TotpEnrolment
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public function startMyTotpEnrolment(string $tenant, ?string $currentPassword = null, ?RequestOptions $options = null): \Tessera\Models\TotpEnrolment
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/mfa/totp', json: self::body(['current_password' => $currentPassword]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\TotpEnrolment::fromArray($_data);
    }

    /**
     * Disable my TOTP.
     *
     * Needs the current password (when the account has one).
     *
     * @param string $tenant The tenant's slug
     * @param string|null $currentPassword Required when the account has a password.
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public function disableMyTotp(string $tenant, ?string $currentPassword = null, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me/mfa/totp', json: self::body(['current_password' => $currentPassword]), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * Confirm my TOTP enrolment.
     *
     * Enables the pending authenticator with a code it shows now and returns ten single-use
     * recovery codes, shown once.
     *
     * @param string $tenant The tenant's slug
     * @param string $code
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RecoveryCodes
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enrolment is pending, or TOTP is already enabled
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The code is malformed or not the authenticator's current code
     */
    public function confirmMyTotp(string $tenant, string $code, ?RequestOptions $options = null): \Tessera\Models\RecoveryCodes
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/mfa/totp/confirm', json: self::body(['code' => $code]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\RecoveryCodes::fromArray($_data);
    }

    /**
     * Regenerate my recovery codes.
     *
     * Needs the current password (when the account has one); the old codes stop working.
     *
     * @param string $tenant The tenant's slug
     * @param string|null $currentPassword Required when the account has a password.
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\RecoveryCodes
     * @throws BadRequestException 400 Malformed body or tenant slug
     * @throws AuthenticationException 401 Invalid access token, or a wrong current password
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     * @throws ConflictException 409 No enabled authenticator
     * @throws ApiException 415 Body is not JSON
     * @throws UnprocessableException 422 The current password is missing
     */
    public function regenerateMyRecoveryCodes(string $tenant, ?string $currentPassword = null, ?RequestOptions $options = null): \Tessera\Models\RecoveryCodes
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/me/mfa/recovery-codes', json: self::body(['current_password' => $currentPassword]), auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\RecoveryCodes::fromArray($_data);
    }

    /**
     * List my connected applications.
     *
     * Applications I allowed at the consent page, with the scopes granted.
     *
     * @param string $tenant The tenant's slug
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\ConsentList
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant
     */
    public function listMyConsents(string $tenant, ?RequestOptions $options = null): \Tessera\Models\ConsentList
    {
        $_data = $this->request('GET', '/t/' . self::path((string) $tenant) . '/me/consents', auth: ['session_token'], expect: 'json', options: $options);
        return \Tessera\Models\ConsentList::fromArray($_data);
    }

    /**
     * Disconnect an application.
     *
     * Withdraws my consent: the application must ask again, and its refresh tokens stop working.
     *
     * @param string $tenant The tenant's slug
     * @param string $client The application's client_id
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     * @throws BadRequestException 400 Malformed tenant slug
     * @throws AuthenticationException 401 Missing, invalid or expired access token, or an ended session
     * @throws PermissionDeniedException 403 The account is disabled
     * @throws NotFoundException 404 No such tenant, or no consent for this application
     */
    public function revokeMyConsent(string $tenant, string $client, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/t/' . self::path((string) $tenant) . '/me/consents/' . self::path((string) $client), auth: ['session_token'], expect: 'empty', options: $options);
    }

    /**
     * Liveness.
     *
     * Answers while the process can serve HTTP; it does not touch the database.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\HealthStatus
     */
    public function getHealth(?RequestOptions $options = null): \Tessera\Models\HealthStatus
    {
        $_data = $this->request('GET', '/healthz', expect: 'json', options: $options);
        return \Tessera\Models\HealthStatus::fromArray($_data);
    }

    /**
     * Readiness.
     *
     * Ready when the database answers within two seconds; recovers by itself when it returns.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\HealthStatus
     * @throws InternalServerException 503 The database is unreachable
     */
    public function getReadiness(?RequestOptions $options = null): \Tessera\Models\HealthStatus
    {
        $_data = $this->request('GET', '/readyz', expect: 'json', options: $options);
        return \Tessera\Models\HealthStatus::fromArray($_data);
    }

    /**
     * Prometheus metrics.
     *
     * Requests by route and status, latency histograms and database pool gauges, in the
     * Prometheus text format.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return string
     */
    public function getMetrics(?RequestOptions $options = null): string
    {
        $_data = $this->request('GET', '/metrics', expect: 'text', options: $options);
        return (string) $_data;
    }

    /**
     * OpenAPI document.
     *
     * This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return array<string, mixed>
     */
    public function getOpenApi(?RequestOptions $options = null): array
    {
        $_data = $this->request('GET', '/openapi.json', expect: 'json', options: $options);
        return $_data;
    }
}
