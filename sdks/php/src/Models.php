<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera\Models;

/** @internal Helpers of the generated models. */
final class ModelSupport
{
    /**
     * A required field of a JSON object.
     *
     * @param array<string, mixed> $data
     */
    public static function required(array $data, string $key, string $model): mixed
    {
        if (!array_key_exists($key, $data)) {
            throw new \UnexpectedValueException("{$model}: the JSON object has no `{$key}`");
        }
        return $data[$key];
    }

    /**
     * A JSON object (a map), which must stay `{}` in JSON when it is empty.
     *
     * @param array<string, mixed> $map
     */
    public static function object(array $map): object
    {
        return (object) $map;
    }

    public static function time(string $value): \DateTimeImmutable
    {
        return new \DateTimeImmutable($value);
    }

    public static function formatTime(\DateTimeInterface $value): string
    {
        return $value->format(\DATE_RFC3339_EXTENDED);
    }
}

/**
 * The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
 */
enum AttestationConveyance: string
{
    case NONE = 'none';
    case INDIRECT = 'indirect';
    case DIRECT = 'direct';
}

/**
 * Export formats.
 */
enum AuditExportFormat: string
{
    case NDJSON = 'ndjson';
    case CSV = 'csv';
}

/**
 * Why a check was decided as it was.
 */
enum AuthzReason: string
{
    case ROLE_GRANTS_PERMISSION = 'role_grants_permission';
    case ROLE_LACKS_PERMISSION = 'role_lacks_permission';
    case NOT_A_MEMBER = 'not_a_member';
    case NO_ORGANIZATION = 'no_organization';
    case ORGANIZATION_NOT_FOUND = 'organization_not_found';
    case SUBJECT_NOT_FOUND = 'subject_not_found';
    case SUBJECT_DISABLED = 'subject_disabled';
    case ROLE_NOT_FOUND = 'role_not_found';
    case RESOURCE_GRANT_GRANTS_PERMISSION = 'resource_grant_grants_permission';
}

/**
 * Whether a client can keep a secret (RFC 6749 §2.1).
 */
enum ClientType: string
{
    case CONFIDENTIAL = 'confidential';
    case PUBLIC = 'public';
}

/**
 * Stable machine-readable error codes carried in `code` of every problem response.
 *
 * Clients branch on these, never on `title` or `detail`, which are for people.
 */
enum ErrorCode: string
{
    case INVALID_BODY = 'invalid_body';
    case UNSUPPORTED_MEDIA_TYPE = 'unsupported_media_type';
    case PAYLOAD_TOO_LARGE = 'payload_too_large';
    case INVALID_PARAMETER = 'invalid_parameter';
    case VALIDATION_FAILED = 'validation_failed';
    case UNAUTHORIZED = 'unauthorized';
    case INVALID_CREDENTIALS = 'invalid_credentials';
    case INVALID_TOKEN = 'invalid_token';
    case INVALID_CODE = 'invalid_code';
    case ACCOUNT_LOCKED = 'account_locked';
    case RATE_LIMITED = 'rate_limited';
    case ACCOUNT_DISABLED = 'account_disabled';
    case SIGNUP_DISABLED = 'signup_disabled';
    case EMAIL_DOMAIN_NOT_ALLOWED = 'email_domain_not_allowed';
    case ORIGIN_NOT_ALLOWED = 'origin_not_allowed';
    case NOT_FOUND = 'not_found';
    case METHOD_NOT_ALLOWED = 'method_not_allowed';
    case ALREADY_EXISTS = 'already_exists';
    case CONFLICT = 'conflict';
    case REQUEST_TIMEOUT = 'request_timeout';
    case SERVICE_UNAVAILABLE = 'service_unavailable';
    case INTERNAL_ERROR = 'internal_error';
    case PERMISSION_DENIED = 'permission_denied';
    case ORGANIZATION_POLICY_VIOLATION = 'organization_policy_violation';
}

/**
 * OAuth grant types a client may use.
 */
enum GrantType: string
{
    case CLIENT_CREDENTIALS = 'client_credentials';
    case AUTHORIZATION_CODE = 'authorization_code';
    case REFRESH_TOKEN = 'refresh_token';
}

/**
 * Where an invitation stands.
 */
enum InvitationState: string
{
    case PENDING = 'pending';
    case ACCEPTED = 'accepted';
    case REVOKED = 'revoked';
    case EXPIRED = 'expired';
}

/**
 * Lifecycle of a signing key.
 */
enum KeyStatus: string
{
    case ACTIVE = 'active';
    case RETIRED = 'retired';
}

/**
 * A second factor that completes a sign-in.
 */
enum MfaFactor: string
{
    case TOTP = 'totp';
    case RECOVERY_CODE = 'recovery_code';
    case PASSKEY = 'passkey';
}

/**
 * JWS algorithms a tenant can sign with.
 */
enum SigningAlg: string
{
    case ES256 = 'ES256';
    case RS256 = 'RS256';
    case ED_DSA = 'EdDSA';
}

/**
 * Who may create an account with `POST /t/{tenant}/auth/signup`.
 */
enum SignupMode: string
{
    case OPEN = 'open';
    case INVITE_ONLY = 'invite_only';
    case DOMAIN_ALLOWLIST = 'domain_allowlist';
}

/**
 * How the refresh token travels.
 */
enum TokenDelivery: string
{
    case TOKEN = 'token';
    case COOKIE = 'cookie';
}

/**
 * How a client authenticates at the token endpoint (RFC 7591 §2).
 */
enum TokenEndpointAuthMethod: string
{
    case CLIENT_SECRET_BASIC = 'client_secret_basic';
    case CLIENT_SECRET_POST = 'client_secret_post';
    case NONE = 'none';
    case PRIVATE_KEY_JWT = 'private_key_jwt';
}

/**
 * Where a user's TOTP authenticator stands.
 */
enum TotpState: string
{
    case DISABLED = 'disabled';
    case PENDING = 'pending';
    case ENABLED = 'enabled';
}

/**
 * Body of `POST /t/{tenant}/invitations/accept`.
 */
final class AcceptInvitation
{
    public function __construct(
        /**
         * @var string The `tin_…` token from the invitation email's link.
         */
        public readonly string $token,
        /**
         * @var string|null For an invitee without an account: the password of the account created on accepting. An invitee who has an account signs in and sends their access token instead.
         */
        public readonly ?string $password = null,
        /**
         * @var string|null The new account's display name.
         */
        public readonly ?string $name = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'AcceptInvitation'),
            password: $data['password'] ?? null,
            name: $data['name'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        if ($this->password !== null) {
            $out['password'] = $this->password;
        }
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
 */
final class AddMember
{
    public function __construct(
        /**
         * @var string The user's id (`usr_…`), of the same tenant.
         */
        public readonly string $userId,
        /**
         * @var string|null A role key; `member` when absent.
         */
        public readonly ?string $role = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'AddMember'),
            role: $data['role'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['user_id'] = $this->userId;
        if ($this->role !== null) {
            $out['role'] = $this->role;
        }
        return $out;
    }
}

/**
 * An API key (its secret is shown only once, when created or rotated).
 */
final class ApiKey
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`key_…`).
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string> The `resource:action` patterns the key is limited to.
         */
        public readonly array $permissions,
        /**
         * @var string The secret's last four characters, to tell keys apart.
         */
        public readonly string $hint,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var bool Whether the key works now (not revoked, not expired).
         */
        public readonly bool $active,
        /**
         * @var string|null The owning organization, for an organization's key.
         */
        public readonly ?string $organizationId = null,
        /**
         * @var string|null The owning user, for a user's key.
         */
        public readonly ?string $userId = null,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $expiresAt = null,
        /**
         * @var \DateTimeImmutable|null When introspection last saw the key.
         */
        public readonly ?\DateTimeImmutable $lastUsedAt = null,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $revokedAt = null,
        /**
         * @var string|null The key that replaced this one by rotation.
         */
        public readonly ?string $rotatedTo = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ApiKey'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'ApiKey'),
            permissions: \Tessera\Models\ModelSupport::required($data, 'permissions', 'ApiKey'),
            hint: \Tessera\Models\ModelSupport::required($data, 'hint', 'ApiKey'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ApiKey')),
            active: \Tessera\Models\ModelSupport::required($data, 'active', 'ApiKey'),
            organizationId: $data['organization_id'] ?? null,
            userId: $data['user_id'] ?? null,
            expiresAt: (($data['expires_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['expires_at'])),
            lastUsedAt: (($data['last_used_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['last_used_at'])),
            revokedAt: (($data['revoked_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['revoked_at'])),
            rotatedTo: $data['rotated_to'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['name'] = $this->name;
        $out['permissions'] = $this->permissions;
        $out['hint'] = $this->hint;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['active'] = $this->active;
        if ($this->organizationId !== null) {
            $out['organization_id'] = $this->organizationId;
        }
        if ($this->userId !== null) {
            $out['user_id'] = $this->userId;
        }
        if ($this->expiresAt !== null) {
            $out['expires_at'] = \Tessera\Models\ModelSupport::formatTime($this->expiresAt);
        }
        if ($this->lastUsedAt !== null) {
            $out['last_used_at'] = \Tessera\Models\ModelSupport::formatTime($this->lastUsedAt);
        }
        if ($this->revokedAt !== null) {
            $out['revoked_at'] = \Tessera\Models\ModelSupport::formatTime($this->revokedAt);
        }
        if ($this->rotatedTo !== null) {
            $out['rotated_to'] = $this->rotatedTo;
        }
        return $out;
    }
}

/**
 * One page of API keys, oldest first.
 */
final class ApiKeyList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\ApiKey>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\ApiKey::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ApiKeyList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A key with its secret, shown this once.
 */
final class ApiKeyWithSecret
{
    public function __construct(
        /**
         * @var \Tessera\Models\ApiKey
         */
        public readonly \Tessera\Models\ApiKey $key,
        /**
         * @var string `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it cannot be shown again.
         */
        public readonly string $secret,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            key: \Tessera\Models\ApiKey::fromArray(\Tessera\Models\ModelSupport::required($data, 'key', 'ApiKeyWithSecret')),
            secret: \Tessera\Models\ModelSupport::required($data, 'secret', 'ApiKeyWithSecret'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['key'] = $this->key->toArray();
        $out['secret'] = $this->secret;
        return $out;
    }
}

/**
 * One entry of a tenant's audit log.
 */
final class AuditEvent
{
    public function __construct(
        /**
         * @var string `aud_…`
         */
        public readonly string $id,
        /**
         * @var int Position in the tenant's chain: 1, 2, 3 …
         */
        public readonly int $seq,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $occurredAt,
        /**
         * @var string What happened, such as `user.created` or `session.login_failed`.
         */
        public readonly string $action,
        /**
         * @var string `admin`, `user`, `operator` (the CLI) or `anonymous`.
         */
        public readonly string $actorType,
        /**
         * @var array<string, mixed> Event-specific facts; never a secret.
         */
        public readonly array $details,
        /**
         * @var string Hex SHA-256 of the previous event (64 zeros for the first).
         */
        public readonly string $prevHash,
        /**
         * @var string Hex SHA-256 over this event's fields and `prev_hash`.
         */
        public readonly string $hash,
        /**
         * @var string|null
         */
        public readonly ?string $actorId = null,
        /**
         * @var string|null
         */
        public readonly ?string $targetType = null,
        /**
         * @var string|null
         */
        public readonly ?string $targetId = null,
        /**
         * @var string|null
         */
        public readonly ?string $ip = null,
        /**
         * @var string|null
         */
        public readonly ?string $userAgent = null,
        /**
         * @var string|null
         */
        public readonly ?string $requestId = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'AuditEvent'),
            seq: \Tessera\Models\ModelSupport::required($data, 'seq', 'AuditEvent'),
            occurredAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'occurred_at', 'AuditEvent')),
            action: \Tessera\Models\ModelSupport::required($data, 'action', 'AuditEvent'),
            actorType: \Tessera\Models\ModelSupport::required($data, 'actor_type', 'AuditEvent'),
            details: \Tessera\Models\ModelSupport::required($data, 'details', 'AuditEvent'),
            prevHash: \Tessera\Models\ModelSupport::required($data, 'prev_hash', 'AuditEvent'),
            hash: \Tessera\Models\ModelSupport::required($data, 'hash', 'AuditEvent'),
            actorId: $data['actor_id'] ?? null,
            targetType: $data['target_type'] ?? null,
            targetId: $data['target_id'] ?? null,
            ip: $data['ip'] ?? null,
            userAgent: $data['user_agent'] ?? null,
            requestId: $data['request_id'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['seq'] = $this->seq;
        $out['occurred_at'] = \Tessera\Models\ModelSupport::formatTime($this->occurredAt);
        $out['action'] = $this->action;
        $out['actor_type'] = $this->actorType;
        $out['details'] = \Tessera\Models\ModelSupport::object($this->details);
        $out['prev_hash'] = $this->prevHash;
        $out['hash'] = $this->hash;
        if ($this->actorId !== null) {
            $out['actor_id'] = $this->actorId;
        }
        if ($this->targetType !== null) {
            $out['target_type'] = $this->targetType;
        }
        if ($this->targetId !== null) {
            $out['target_id'] = $this->targetId;
        }
        if ($this->ip !== null) {
            $out['ip'] = $this->ip;
        }
        if ($this->userAgent !== null) {
            $out['user_agent'] = $this->userAgent;
        }
        if ($this->requestId !== null) {
            $out['request_id'] = $this->requestId;
        }
        return $out;
    }
}

/**
 * One page of audit events, oldest first.
 */
final class AuditEventList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\AuditEvent>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\AuditEvent::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'AuditEventList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * Result of checking a tenant's audit chain.
 */
final class AuditVerification
{
    public function __construct(
        /**
         * @var bool Whether every link holds.
         */
        public readonly bool $valid,
        /**
         * @var int
         */
        public readonly int $eventsChecked,
        /**
         * @var int|null The first event whose link is broken.
         */
        public readonly ?int $firstBrokenSeq = null,
        /**
         * @var string|null Why that link is broken.
         */
        public readonly ?string $reason = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            valid: \Tessera\Models\ModelSupport::required($data, 'valid', 'AuditVerification'),
            eventsChecked: \Tessera\Models\ModelSupport::required($data, 'events_checked', 'AuditVerification'),
            firstBrokenSeq: $data['first_broken_seq'] ?? null,
            reason: $data['reason'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['valid'] = $this->valid;
        $out['events_checked'] = $this->eventsChecked;
        if ($this->firstBrokenSeq !== null) {
            $out['first_broken_seq'] = $this->firstBrokenSeq;
        }
        if ($this->reason !== null) {
            $out['reason'] = $this->reason;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
 */
final class AuthzCheck
{
    public function __construct(
        /**
         * @var string A user id (`usr_…`) or a service account's client id (`cli_…`).
         */
        public readonly string $subject,
        /**
         * @var string A concrete `resource:action` (no wildcard).
         */
        public readonly string $permission,
        /**
         * @var string|null The organization (id or slug) the subject acts in. Roles come from memberships, so without one nothing is allowed.
         */
        public readonly ?string $organization = null,
        /**
         * @var string|null The resource acted on (`document:123`): the organization-wide role applies to every resource, and a role granted on this resource (resource grants) adds to it.
         */
        public readonly ?string $resource = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'AuthzCheck'),
            permission: \Tessera\Models\ModelSupport::required($data, 'permission', 'AuthzCheck'),
            organization: $data['organization'] ?? null,
            resource: $data['resource'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['subject'] = $this->subject;
        $out['permission'] = $this->permission;
        if ($this->organization !== null) {
            $out['organization'] = $this->organization;
        }
        if ($this->resource !== null) {
            $out['resource'] = $this->resource;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
 */
final class AuthzCheckBatch
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\AuthzCheck>
         */
        public readonly array $checks,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            checks: array_map(static fn ($_v0) => \Tessera\Models\AuthzCheck::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'checks', 'AuthzCheckBatch')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['checks'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->checks);
        return $out;
    }
}

/**
 * The answer to one check, with its explanation.
 */
final class AuthzDecision
{
    public function __construct(
        /**
         * @var bool
         */
        public readonly bool $allowed,
        /**
         * @var \Tessera\Models\AuthzReason
         */
        public readonly \Tessera\Models\AuthzReason $reason,
        /**
         * @var string The decision in a sentence a person can read.
         */
        public readonly string $explanation,
        /**
         * @var string
         */
        public readonly string $subject,
        /**
         * @var string
         */
        public readonly string $permission,
        /**
         * @var string|null
         */
        public readonly ?string $organizationId = null,
        /**
         * @var string|null
         */
        public readonly ?string $resource = null,
        /**
         * @var string|null The subject's role in the organization, when a member.
         */
        public readonly ?string $role = null,
        /**
         * @var string|null The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
         */
        public readonly ?string $matchedPermission = null,
        /**
         * @var string|null The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then the role granted on the resource.
         */
        public readonly ?string $resourceGrant = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            allowed: \Tessera\Models\ModelSupport::required($data, 'allowed', 'AuthzDecision'),
            reason: \Tessera\Models\AuthzReason::from(\Tessera\Models\ModelSupport::required($data, 'reason', 'AuthzDecision')),
            explanation: \Tessera\Models\ModelSupport::required($data, 'explanation', 'AuthzDecision'),
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'AuthzDecision'),
            permission: \Tessera\Models\ModelSupport::required($data, 'permission', 'AuthzDecision'),
            organizationId: $data['organization_id'] ?? null,
            resource: $data['resource'] ?? null,
            role: $data['role'] ?? null,
            matchedPermission: $data['matched_permission'] ?? null,
            resourceGrant: $data['resource_grant'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['allowed'] = $this->allowed;
        $out['reason'] = $this->reason->value;
        $out['explanation'] = $this->explanation;
        $out['subject'] = $this->subject;
        $out['permission'] = $this->permission;
        if ($this->organizationId !== null) {
            $out['organization_id'] = $this->organizationId;
        }
        if ($this->resource !== null) {
            $out['resource'] = $this->resource;
        }
        if ($this->role !== null) {
            $out['role'] = $this->role;
        }
        if ($this->matchedPermission !== null) {
            $out['matched_permission'] = $this->matchedPermission;
        }
        if ($this->resourceGrant !== null) {
            $out['resource_grant'] = $this->resourceGrant;
        }
        return $out;
    }
}

/**
 * The decisions, in the order of the checks.
 */
final class AuthzDecisionList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\AuthzDecision>
         */
        public readonly array $results,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            results: array_map(static fn ($_v0) => \Tessera\Models\AuthzDecision::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'results', 'AuthzDecisionList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['results'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->results);
        return $out;
    }
}

/**
 * How the tenant's hosted pages look. Their title is the tenant's name.
 */
final class Branding
{
    public function __construct(
        /**
         * @var string|null An `https` URL of the logo shown above the forms.
         */
        public readonly ?string $logoUrl = null,
        /**
         * @var string|null The accent colour of buttons and focus rings, `#rrggbb`.
         */
        public readonly ?string $primaryColor = null,
        /**
         * @var string|null A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
         */
        public readonly ?string $customCss = null,
        /**
         * @var string|null An `https` URL of the tenant's help page, linked at the foot of every page.
         */
        public readonly ?string $supportUrl = null,
        /**
         * @var list<string>|null Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP `frame-ancestors`; empty or absent means none may (`'none'`).
         */
        public readonly ?array $frameAncestors = null,
        /**
         * @var string|null The pages' language when neither `ui_locales` nor the browser names a supported one: `en`, `de`, `fr` or `ar`.
         */
        public readonly ?string $defaultLocale = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            logoUrl: $data['logo_url'] ?? null,
            primaryColor: $data['primary_color'] ?? null,
            customCss: $data['custom_css'] ?? null,
            supportUrl: $data['support_url'] ?? null,
            frameAncestors: $data['frame_ancestors'] ?? null,
            defaultLocale: $data['default_locale'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->logoUrl !== null) {
            $out['logo_url'] = $this->logoUrl;
        }
        if ($this->primaryColor !== null) {
            $out['primary_color'] = $this->primaryColor;
        }
        if ($this->customCss !== null) {
            $out['custom_css'] = $this->customCss;
        }
        if ($this->supportUrl !== null) {
            $out['support_url'] = $this->supportUrl;
        }
        if ($this->frameAncestors !== null) {
            $out['frame_ancestors'] = $this->frameAncestors;
        }
        if ($this->defaultLocale !== null) {
            $out['default_locale'] = $this->defaultLocale;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/me/password`.
 */
final class ChangePassword
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $newPassword,
        /**
         * @var string|null Required when the account has a password.
         */
        public readonly ?string $currentPassword = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            newPassword: \Tessera\Models\ModelSupport::required($data, 'new_password', 'ChangePassword'),
            currentPassword: $data['current_password'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['new_password'] = $this->newPassword;
        if ($this->currentPassword !== null) {
            $out['current_password'] = $this->currentPassword;
        }
        return $out;
    }
}

/**
 * An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
 */
final class Client
{
    public function __construct(
        /**
         * @var string The `client_id` (`cli_…`).
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\ClientType
         */
        public readonly \Tessera\Models\ClientType $clientType,
        /**
         * @var \Tessera\Models\TokenEndpointAuthMethod
         */
        public readonly \Tessera\Models\TokenEndpointAuthMethod $tokenEndpointAuthMethod,
        /**
         * @var list<\Tessera\Models\GrantType>
         */
        public readonly array $grantTypes,
        /**
         * @var list<string> Scopes the client may request; tokens carry the granted subset.
         */
        public readonly array $scopes,
        /**
         * @var list<string> Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
         */
        public readonly array $audiences,
        /**
         * @var int Access-token lifetime in seconds for this client.
         */
        public readonly int $accessTokenTtl,
        /**
         * @var list<string> Where the authorization endpoint may send users back; matched exactly.
         */
        public readonly array $redirectUris,
        /**
         * @var list<string> Where RP-initiated logout may send users back; matched exactly.
         */
        public readonly array $postLogoutRedirectUris,
        /**
         * @var bool A first-party application: users are not asked for consent.
         */
        public readonly bool $skipConsent,
        /**
         * @var list<\Tessera\Models\ClientSecretInfo> Live secrets, newest first (hints only; a secret is shown once, when created).
         */
        public readonly array $secrets,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
        /**
         * @var array<string, mixed>|null The client's public keys (a JWK set) for `private_key_jwt`.
         */
        public readonly ?array $jwks = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Client'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Client'),
            clientType: \Tessera\Models\ClientType::from(\Tessera\Models\ModelSupport::required($data, 'client_type', 'Client')),
            tokenEndpointAuthMethod: \Tessera\Models\TokenEndpointAuthMethod::from(\Tessera\Models\ModelSupport::required($data, 'token_endpoint_auth_method', 'Client')),
            grantTypes: array_map(static fn ($_v0) => \Tessera\Models\GrantType::from($_v0), \Tessera\Models\ModelSupport::required($data, 'grant_types', 'Client')),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'Client'),
            audiences: \Tessera\Models\ModelSupport::required($data, 'audiences', 'Client'),
            accessTokenTtl: \Tessera\Models\ModelSupport::required($data, 'access_token_ttl', 'Client'),
            redirectUris: \Tessera\Models\ModelSupport::required($data, 'redirect_uris', 'Client'),
            postLogoutRedirectUris: \Tessera\Models\ModelSupport::required($data, 'post_logout_redirect_uris', 'Client'),
            skipConsent: \Tessera\Models\ModelSupport::required($data, 'skip_consent', 'Client'),
            secrets: array_map(static fn ($_v0) => \Tessera\Models\ClientSecretInfo::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'secrets', 'Client')),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Client')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Client')),
            jwks: $data['jwks'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['name'] = $this->name;
        $out['client_type'] = $this->clientType->value;
        $out['token_endpoint_auth_method'] = $this->tokenEndpointAuthMethod->value;
        $out['grant_types'] = array_map(static fn ($_v0) => $_v0->value, $this->grantTypes);
        $out['scopes'] = $this->scopes;
        $out['audiences'] = $this->audiences;
        $out['access_token_ttl'] = $this->accessTokenTtl;
        $out['redirect_uris'] = $this->redirectUris;
        $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        $out['skip_consent'] = $this->skipConsent;
        $out['secrets'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->secrets);
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        if ($this->jwks !== null) {
            $out['jwks'] = \Tessera\Models\ModelSupport::object($this->jwks);
        }
        return $out;
    }
}

/**
 * One page of clients.
 */
final class ClientList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Client>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Client::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ClientList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
 * as §2 requires.
 */
final class ClientRegistrationRequest
{
    public function __construct(
        /**
         * @var list<string>|null
         */
        public readonly ?array $redirectUris = null,
        /**
         * @var string|null `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a public client (PKCE, no secret), as MCP clients register.
         */
        public readonly ?string $tokenEndpointAuthMethod = null,
        /**
         * @var list<string>|null `authorization_code` and `refresh_token` (the default is `authorization_code`).
         */
        public readonly ?array $grantTypes = null,
        /**
         * @var list<string>|null `code` only.
         */
        public readonly ?array $responseTypes = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientName = null,
        /**
         * @var string|null Space-separated scopes the client will use (informational).
         */
        public readonly ?string $scope = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $postLogoutRedirectUris = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            redirectUris: $data['redirect_uris'] ?? null,
            tokenEndpointAuthMethod: $data['token_endpoint_auth_method'] ?? null,
            grantTypes: $data['grant_types'] ?? null,
            responseTypes: $data['response_types'] ?? null,
            clientName: $data['client_name'] ?? null,
            scope: $data['scope'] ?? null,
            postLogoutRedirectUris: $data['post_logout_redirect_uris'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->redirectUris !== null) {
            $out['redirect_uris'] = $this->redirectUris;
        }
        if ($this->tokenEndpointAuthMethod !== null) {
            $out['token_endpoint_auth_method'] = $this->tokenEndpointAuthMethod;
        }
        if ($this->grantTypes !== null) {
            $out['grant_types'] = $this->grantTypes;
        }
        if ($this->responseTypes !== null) {
            $out['response_types'] = $this->responseTypes;
        }
        if ($this->clientName !== null) {
            $out['client_name'] = $this->clientName;
        }
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->postLogoutRedirectUris !== null) {
            $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        }
        return $out;
    }
}

/**
 * A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
 */
final class ClientRegistrationResponse
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $clientId,
        /**
         * @var int
         */
        public readonly int $clientIdIssuedAt,
        /**
         * @var string
         */
        public readonly string $registrationClientUri,
        /**
         * @var string
         */
        public readonly string $clientName,
        /**
         * @var list<string>
         */
        public readonly array $redirectUris,
        /**
         * @var list<string>
         */
        public readonly array $postLogoutRedirectUris,
        /**
         * @var string
         */
        public readonly string $tokenEndpointAuthMethod,
        /**
         * @var list<string>
         */
        public readonly array $grantTypes,
        /**
         * @var list<string>
         */
        public readonly array $responseTypes,
        /**
         * @var string|null Only in the registration response and only for confidential clients.
         */
        public readonly ?string $clientSecret = null,
        /**
         * @var int|null 0: the secret does not expire (present with a secret).
         */
        public readonly ?int $clientSecretExpiresAt = null,
        /**
         * @var string|null Bearer token for the registration management endpoint (RFC 7592), shown once.
         */
        public readonly ?string $registrationAccessToken = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            clientId: \Tessera\Models\ModelSupport::required($data, 'client_id', 'ClientRegistrationResponse'),
            clientIdIssuedAt: \Tessera\Models\ModelSupport::required($data, 'client_id_issued_at', 'ClientRegistrationResponse'),
            registrationClientUri: \Tessera\Models\ModelSupport::required($data, 'registration_client_uri', 'ClientRegistrationResponse'),
            clientName: \Tessera\Models\ModelSupport::required($data, 'client_name', 'ClientRegistrationResponse'),
            redirectUris: \Tessera\Models\ModelSupport::required($data, 'redirect_uris', 'ClientRegistrationResponse'),
            postLogoutRedirectUris: \Tessera\Models\ModelSupport::required($data, 'post_logout_redirect_uris', 'ClientRegistrationResponse'),
            tokenEndpointAuthMethod: \Tessera\Models\ModelSupport::required($data, 'token_endpoint_auth_method', 'ClientRegistrationResponse'),
            grantTypes: \Tessera\Models\ModelSupport::required($data, 'grant_types', 'ClientRegistrationResponse'),
            responseTypes: \Tessera\Models\ModelSupport::required($data, 'response_types', 'ClientRegistrationResponse'),
            clientSecret: $data['client_secret'] ?? null,
            clientSecretExpiresAt: $data['client_secret_expires_at'] ?? null,
            registrationAccessToken: $data['registration_access_token'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['client_id'] = $this->clientId;
        $out['client_id_issued_at'] = $this->clientIdIssuedAt;
        $out['registration_client_uri'] = $this->registrationClientUri;
        $out['client_name'] = $this->clientName;
        $out['redirect_uris'] = $this->redirectUris;
        $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        $out['token_endpoint_auth_method'] = $this->tokenEndpointAuthMethod;
        $out['grant_types'] = $this->grantTypes;
        $out['response_types'] = $this->responseTypes;
        if ($this->clientSecret !== null) {
            $out['client_secret'] = $this->clientSecret;
        }
        if ($this->clientSecretExpiresAt !== null) {
            $out['client_secret_expires_at'] = $this->clientSecretExpiresAt;
        }
        if ($this->registrationAccessToken !== null) {
            $out['registration_access_token'] = $this->registrationAccessToken;
        }
        return $out;
    }
}

/**
 * What may be shown of a client secret after its creation.
 */
final class ClientSecretInfo
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $id,
        /**
         * @var string The secret's last four characters.
         */
        public readonly string $hint,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $expiresAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ClientSecretInfo'),
            hint: \Tessera\Models\ModelSupport::required($data, 'hint', 'ClientSecretInfo'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ClientSecretInfo')),
            expiresAt: (($data['expires_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['expires_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['hint'] = $this->hint;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        if ($this->expiresAt !== null) {
            $out['expires_at'] = \Tessera\Models\ModelSupport::formatTime($this->expiresAt);
        }
        return $out;
    }
}

/**
 * A client with its new secret, shown this once.
 */
final class ClientWithSecret
{
    public function __construct(
        /**
         * @var string The `client_id` (`cli_…`).
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\ClientType
         */
        public readonly \Tessera\Models\ClientType $clientType,
        /**
         * @var \Tessera\Models\TokenEndpointAuthMethod
         */
        public readonly \Tessera\Models\TokenEndpointAuthMethod $tokenEndpointAuthMethod,
        /**
         * @var list<\Tessera\Models\GrantType>
         */
        public readonly array $grantTypes,
        /**
         * @var list<string> Scopes the client may request; tokens carry the granted subset.
         */
        public readonly array $scopes,
        /**
         * @var list<string> Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
         */
        public readonly array $audiences,
        /**
         * @var int Access-token lifetime in seconds for this client.
         */
        public readonly int $accessTokenTtl,
        /**
         * @var list<string> Where the authorization endpoint may send users back; matched exactly.
         */
        public readonly array $redirectUris,
        /**
         * @var list<string> Where RP-initiated logout may send users back; matched exactly.
         */
        public readonly array $postLogoutRedirectUris,
        /**
         * @var bool A first-party application: users are not asked for consent.
         */
        public readonly bool $skipConsent,
        /**
         * @var list<\Tessera\Models\ClientSecretInfo> Live secrets, newest first (hints only; a secret is shown once, when created).
         */
        public readonly array $secrets,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
        /**
         * @var array<string, mixed>|null The client's public keys (a JWK set) for `private_key_jwt`.
         */
        public readonly ?array $jwks = null,
        /**
         * @var string|null The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
         */
        public readonly ?string $clientSecret = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ClientWithSecret'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'ClientWithSecret'),
            clientType: \Tessera\Models\ClientType::from(\Tessera\Models\ModelSupport::required($data, 'client_type', 'ClientWithSecret')),
            tokenEndpointAuthMethod: \Tessera\Models\TokenEndpointAuthMethod::from(\Tessera\Models\ModelSupport::required($data, 'token_endpoint_auth_method', 'ClientWithSecret')),
            grantTypes: array_map(static fn ($_v0) => \Tessera\Models\GrantType::from($_v0), \Tessera\Models\ModelSupport::required($data, 'grant_types', 'ClientWithSecret')),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'ClientWithSecret'),
            audiences: \Tessera\Models\ModelSupport::required($data, 'audiences', 'ClientWithSecret'),
            accessTokenTtl: \Tessera\Models\ModelSupport::required($data, 'access_token_ttl', 'ClientWithSecret'),
            redirectUris: \Tessera\Models\ModelSupport::required($data, 'redirect_uris', 'ClientWithSecret'),
            postLogoutRedirectUris: \Tessera\Models\ModelSupport::required($data, 'post_logout_redirect_uris', 'ClientWithSecret'),
            skipConsent: \Tessera\Models\ModelSupport::required($data, 'skip_consent', 'ClientWithSecret'),
            secrets: array_map(static fn ($_v0) => \Tessera\Models\ClientSecretInfo::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'secrets', 'ClientWithSecret')),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ClientWithSecret')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'ClientWithSecret')),
            jwks: $data['jwks'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['name'] = $this->name;
        $out['client_type'] = $this->clientType->value;
        $out['token_endpoint_auth_method'] = $this->tokenEndpointAuthMethod->value;
        $out['grant_types'] = array_map(static fn ($_v0) => $_v0->value, $this->grantTypes);
        $out['scopes'] = $this->scopes;
        $out['audiences'] = $this->audiences;
        $out['access_token_ttl'] = $this->accessTokenTtl;
        $out['redirect_uris'] = $this->redirectUris;
        $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        $out['skip_consent'] = $this->skipConsent;
        $out['secrets'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->secrets);
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        if ($this->jwks !== null) {
            $out['jwks'] = \Tessera\Models\ModelSupport::object($this->jwks);
        }
        if ($this->clientSecret !== null) {
            $out['client_secret'] = $this->clientSecret;
        }
        return $out;
    }
}

/**
 * Body of the TOTP confirmation: a code the authenticator shows now.
 */
final class ConfirmTotp
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $code,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            code: \Tessera\Models\ModelSupport::required($data, 'code', 'ConfirmTotp'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['code'] = $this->code;
        return $out;
    }
}

/**
 * An application the user allowed to access their account ("connected app").
 */
final class Consent
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $clientId,
        /**
         * @var string
         */
        public readonly string $clientName,
        /**
         * @var list<string> The scopes granted so far.
         */
        public readonly array $scopes,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $grantedAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            clientId: \Tessera\Models\ModelSupport::required($data, 'client_id', 'Consent'),
            clientName: \Tessera\Models\ModelSupport::required($data, 'client_name', 'Consent'),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'Consent'),
            grantedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'granted_at', 'Consent')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Consent')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['client_id'] = $this->clientId;
        $out['client_name'] = $this->clientName;
        $out['scopes'] = $this->scopes;
        $out['granted_at'] = \Tessera\Models\ModelSupport::formatTime($this->grantedAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * A record of the API.
 */
final class ConsentList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Consent>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Consent::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ConsentList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
 */
final class CreateApiKey
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string> 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
         */
        public readonly array $permissions,
        /**
         * @var string|null The owning organization (id or slug).
         */
        public readonly ?string $organization = null,
        /**
         * @var string|null The owning user's id.
         */
        public readonly ?string $user = null,
        /**
         * @var int|null Seconds until the key expires (60 to 63,072,000); absent: never.
         */
        public readonly ?int $expiresInSecs = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateApiKey'),
            permissions: \Tessera\Models\ModelSupport::required($data, 'permissions', 'CreateApiKey'),
            organization: $data['organization'] ?? null,
            user: $data['user'] ?? null,
            expiresInSecs: $data['expires_in_secs'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['name'] = $this->name;
        $out['permissions'] = $this->permissions;
        if ($this->organization !== null) {
            $out['organization'] = $this->organization;
        }
        if ($this->user !== null) {
            $out['user'] = $this->user;
        }
        if ($this->expiresInSecs !== null) {
            $out['expires_in_secs'] = $this->expiresInSecs;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/clients`.
 */
final class CreateClient
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\ClientType|null `confidential` (the default) or `public`.
         */
        public readonly ?\Tessera\Models\ClientType $clientType = null,
        /**
         * @var \Tessera\Models\TokenEndpointAuthMethod|null Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
         */
        public readonly ?\Tessera\Models\TokenEndpointAuthMethod $tokenEndpointAuthMethod = null,
        /**
         * @var list<\Tessera\Models\GrantType>|null Defaults to `["client_credentials"]` for confidential clients without redirect URIs, and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
         */
        public readonly ?array $grantTypes = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $scopes = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $audiences = null,
        /**
         * @var int|null 60 to the server's `max_token_lifetime` seconds (default 3600).
         */
        public readonly ?int $accessTokenTtl = null,
        /**
         * @var list<string>|null Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.
         */
        public readonly ?array $redirectUris = null,
        /**
         * @var list<string>|null Where RP-initiated logout may return users; same rules as `redirect_uris`.
         */
        public readonly ?array $postLogoutRedirectUris = null,
        /**
         * @var bool|null `true` for first-party applications whose users are never asked for consent.
         */
        public readonly ?bool $skipConsent = null,
        /**
         * @var array<string, mixed>|null The client's public keys (a JWK set) for `private_key_jwt`.
         */
        public readonly ?array $jwks = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateClient'),
            clientType: (($data['client_type'] ?? null) === null ? null : \Tessera\Models\ClientType::from($data['client_type'])),
            tokenEndpointAuthMethod: (($data['token_endpoint_auth_method'] ?? null) === null ? null : \Tessera\Models\TokenEndpointAuthMethod::from($data['token_endpoint_auth_method'])),
            grantTypes: (($data['grant_types'] ?? null) === null ? null : array_map(static fn ($_v0) => \Tessera\Models\GrantType::from($_v0), $data['grant_types'])),
            scopes: $data['scopes'] ?? null,
            audiences: $data['audiences'] ?? null,
            accessTokenTtl: $data['access_token_ttl'] ?? null,
            redirectUris: $data['redirect_uris'] ?? null,
            postLogoutRedirectUris: $data['post_logout_redirect_uris'] ?? null,
            skipConsent: $data['skip_consent'] ?? null,
            jwks: $data['jwks'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['name'] = $this->name;
        if ($this->clientType !== null) {
            $out['client_type'] = $this->clientType->value;
        }
        if ($this->tokenEndpointAuthMethod !== null) {
            $out['token_endpoint_auth_method'] = $this->tokenEndpointAuthMethod->value;
        }
        if ($this->grantTypes !== null) {
            $out['grant_types'] = array_map(static fn ($_v0) => $_v0->value, $this->grantTypes);
        }
        if ($this->scopes !== null) {
            $out['scopes'] = $this->scopes;
        }
        if ($this->audiences !== null) {
            $out['audiences'] = $this->audiences;
        }
        if ($this->accessTokenTtl !== null) {
            $out['access_token_ttl'] = $this->accessTokenTtl;
        }
        if ($this->redirectUris !== null) {
            $out['redirect_uris'] = $this->redirectUris;
        }
        if ($this->postLogoutRedirectUris !== null) {
            $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        }
        if ($this->skipConsent !== null) {
            $out['skip_consent'] = $this->skipConsent;
        }
        if ($this->jwks !== null) {
            $out['jwks'] = \Tessera\Models\ModelSupport::object($this->jwks);
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
 */
final class CreateInvitation
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string|null A role key; `member` when absent.
         */
        public readonly ?string $role = null,
        /**
         * @var string|null Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
         */
        public readonly ?string $locale = null,
        /**
         * @var int|null Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
         */
        public readonly ?int $expiresInSecs = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'CreateInvitation'),
            role: $data['role'] ?? null,
            locale: $data['locale'] ?? null,
            expiresInSecs: $data['expires_in_secs'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        if ($this->role !== null) {
            $out['role'] = $this->role;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        if ($this->expiresInSecs !== null) {
            $out['expires_in_secs'] = $this->expiresInSecs;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations`.
 */
final class CreateOrganization
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $slug,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string|null An https URL of at most 2048 characters.
         */
        public readonly ?string $logoUrl = null,
        /**
         * @var array<string, mixed>|null
         */
        public readonly ?array $metadata = null,
        /**
         * @var \Tessera\Models\OrganizationPolicies|null
         */
        public readonly ?\Tessera\Models\OrganizationPolicies $policies = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            slug: \Tessera\Models\ModelSupport::required($data, 'slug', 'CreateOrganization'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateOrganization'),
            logoUrl: $data['logo_url'] ?? null,
            metadata: $data['metadata'] ?? null,
            policies: (($data['policies'] ?? null) === null ? null : \Tessera\Models\OrganizationPolicies::fromArray($data['policies'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['slug'] = $this->slug;
        $out['name'] = $this->name;
        if ($this->logoUrl !== null) {
            $out['logo_url'] = $this->logoUrl;
        }
        if ($this->metadata !== null) {
            $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        }
        if ($this->policies !== null) {
            $out['policies'] = $this->policies->toArray();
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
 */
final class CreateOrganizationDomain
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $domain,
        /**
         * @var bool|null
         */
        public readonly ?bool $autoJoin = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            domain: \Tessera\Models\ModelSupport::required($data, 'domain', 'CreateOrganizationDomain'),
            autoJoin: $data['auto_join'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['domain'] = $this->domain;
        if ($this->autoJoin !== null) {
            $out['auto_join'] = $this->autoJoin;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/resources`.
 */
final class CreateResource
{
    public function __construct(
        /**
         * @var string An absolute URI without a fragment; unique in the tenant.
         */
        public readonly string $identifier,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string>|null
         */
        public readonly ?array $scopes = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            identifier: \Tessera\Models\ModelSupport::required($data, 'identifier', 'CreateResource'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateResource'),
            scopes: $data['scopes'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['identifier'] = $this->identifier;
        $out['name'] = $this->name;
        if ($this->scopes !== null) {
            $out['scopes'] = $this->scopes;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
 */
final class CreateResourceGrant
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $subject,
        /**
         * @var string
         */
        public readonly string $resource,
        /**
         * @var string
         */
        public readonly string $role,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'CreateResourceGrant'),
            resource: \Tessera\Models\ModelSupport::required($data, 'resource', 'CreateResourceGrant'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'CreateResourceGrant'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['subject'] = $this->subject;
        $out['resource'] = $this->resource;
        $out['role'] = $this->role;
        return $out;
    }
}

/**
 * Body of `POST …/roles`.
 */
final class CreateRole
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $key,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string>
         */
        public readonly array $permissions,
        /**
         * @var string|null
         */
        public readonly ?string $description = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            key: \Tessera\Models\ModelSupport::required($data, 'key', 'CreateRole'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateRole'),
            permissions: \Tessera\Models\ModelSupport::required($data, 'permissions', 'CreateRole'),
            description: $data['description'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['key'] = $this->key;
        $out['name'] = $this->name;
        $out['permissions'] = $this->permissions;
        if ($this->description !== null) {
            $out['description'] = $this->description;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
 */
final class CreateServiceAccount
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string|null A role of the organization (built-in, tenant-wide or its own); `member` by default.
         */
        public readonly ?string $role = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $scopes = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $audiences = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateServiceAccount'),
            role: $data['role'] ?? null,
            scopes: $data['scopes'] ?? null,
            audiences: $data['audiences'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['name'] = $this->name;
        if ($this->role !== null) {
            $out['role'] = $this->role;
        }
        if ($this->scopes !== null) {
            $out['scopes'] = $this->scopes;
        }
        if ($this->audiences !== null) {
            $out['audiences'] = $this->audiences;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants`.
 */
final class CreateTenant
{
    public function __construct(
        /**
         * @var string Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
         */
        public readonly string $slug,
        /**
         * @var string Display name, 1-200 characters.
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\SigningAlg|null Primary signing algorithm; ES256 when omitted.
         */
        public readonly ?\Tessera\Models\SigningAlg $signingAlg = null,
        /**
         * @var list<string>|null Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
         */
        public readonly ?array $allowedOrigins = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            slug: \Tessera\Models\ModelSupport::required($data, 'slug', 'CreateTenant'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'CreateTenant'),
            signingAlg: (($data['signing_alg'] ?? null) === null ? null : \Tessera\Models\SigningAlg::from($data['signing_alg'])),
            allowedOrigins: $data['allowed_origins'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['slug'] = $this->slug;
        $out['name'] = $this->name;
        if ($this->signingAlg !== null) {
            $out['signing_alg'] = $this->signingAlg->value;
        }
        if ($this->allowedOrigins !== null) {
            $out['allowed_origins'] = $this->allowedOrigins;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/users`.
 */
final class CreateUser
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string|null Checked against the password policy; omit for a user who signs in another way.
         */
        public readonly ?string $password = null,
        /**
         * @var string|null An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`, `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC strings). It is replaced by an argon2id hash with the server's parameters at the user's first successful sign-in.
         */
        public readonly ?string $passwordHash = null,
        /**
         * @var bool|null
         */
        public readonly ?bool $emailVerified = null,
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null
         */
        public readonly ?string $picture = null,
        /**
         * @var string|null
         */
        public readonly ?string $locale = null,
        /**
         * @var array<string, mixed>|null
         */
        public readonly ?array $metadata = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'CreateUser'),
            password: $data['password'] ?? null,
            passwordHash: $data['password_hash'] ?? null,
            emailVerified: $data['email_verified'] ?? null,
            name: $data['name'] ?? null,
            picture: $data['picture'] ?? null,
            locale: $data['locale'] ?? null,
            metadata: $data['metadata'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        if ($this->password !== null) {
            $out['password'] = $this->password;
        }
        if ($this->passwordHash !== null) {
            $out['password_hash'] = $this->passwordHash;
        }
        if ($this->emailVerified !== null) {
            $out['email_verified'] = $this->emailVerified;
        }
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->picture !== null) {
            $out['picture'] = $this->picture;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        if ($this->metadata !== null) {
            $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/email-code/verify`.
 */
final class EmailCodeVerify
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string The six-digit code from the email.
         */
        public readonly string $code,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'EmailCodeVerify'),
            code: \Tessera\Models\ModelSupport::required($data, 'code', 'EmailCodeVerify'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        $out['code'] = $this->code;
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
 */
final class EmailRequest
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'EmailRequest'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        return $out;
    }
}

/**
 * The answer to a request that may send an email. It is the same whether or not the
 * address belongs to an account, so it reveals nothing about which accounts exist.
 */
final class EmailRequestAccepted
{
    public function __construct(
        /**
         * @var string A sentence to show the person who asked.
         */
        public readonly string $message,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            message: \Tessera\Models\ModelSupport::required($data, 'message', 'EmailRequestAccepted'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['message'] = $this->message;
        return $out;
    }
}

/**
 * A tenant's override of a built-in email template in one locale.
 */
final class EmailTemplate
{
    public function __construct(
        /**
         * @var string `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
         */
        public readonly string $template,
        /**
         * @var string Lowercase BCP 47 tag, such as `de` or `pt-br`.
         */
        public readonly string $locale,
        /**
         * @var string
         */
        public readonly string $subject,
        /**
         * @var string
         */
        public readonly string $text,
        /**
         * @var string
         */
        public readonly string $html,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            template: \Tessera\Models\ModelSupport::required($data, 'template', 'EmailTemplate'),
            locale: \Tessera\Models\ModelSupport::required($data, 'locale', 'EmailTemplate'),
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'EmailTemplate'),
            text: \Tessera\Models\ModelSupport::required($data, 'text', 'EmailTemplate'),
            html: \Tessera\Models\ModelSupport::required($data, 'html', 'EmailTemplate'),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'EmailTemplate')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['template'] = $this->template;
        $out['locale'] = $this->locale;
        $out['subject'] = $this->subject;
        $out['text'] = $this->text;
        $out['html'] = $this->html;
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * A tenant's template overrides.
 */
final class EmailTemplateList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\EmailTemplate>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\EmailTemplate::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'EmailTemplateList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * The answer to a successful email verification.
 */
final class EmailVerified
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var string The address that is now verified.
         */
        public readonly string $email,
        /**
         * @var bool Always `true`.
         */
        public readonly bool $emailVerified,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'EmailVerified'),
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'EmailVerified'),
            emailVerified: \Tessera\Models\ModelSupport::required($data, 'email_verified', 'EmailVerified'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['user_id'] = $this->userId;
        $out['email'] = $this->email;
        $out['email_verified'] = $this->emailVerified;
        return $out;
    }
}

/**
 * One invalid field of a request body.
 */
final class FieldError
{
    public function __construct(
        /**
         * @var string The field's name, as a JSON pointer into the request body (`/slug`).
         */
        public readonly string $pointer,
        /**
         * @var string What is wrong with it and what would be accepted.
         */
        public readonly string $message,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            pointer: \Tessera\Models\ModelSupport::required($data, 'pointer', 'FieldError'),
            message: \Tessera\Models\ModelSupport::required($data, 'message', 'FieldError'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['pointer'] = $this->pointer;
        $out['message'] = $this->message;
        return $out;
    }
}

/**
 * Body of the health endpoints.
 */
final class HealthStatus
{
    public function __construct(
        /**
         * @var string `ok` for liveness, `ready` for readiness.
         */
        public readonly string $status,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            status: \Tessera\Models\ModelSupport::required($data, 'status', 'HealthStatus'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['status'] = $this->status;
        return $out;
    }
}

/**
 * An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
 */
final class IntrospectionResponse
{
    public function __construct(
        /**
         * @var bool
         */
        public readonly bool $active,
        /**
         * @var string|null
         */
        public readonly ?string $scope = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientId = null,
        /**
         * @var string|null
         */
        public readonly ?string $tokenType = null,
        /**
         * @var int|null
         */
        public readonly ?int $exp = null,
        /**
         * @var int|null
         */
        public readonly ?int $iat = null,
        /**
         * @var string|null
         */
        public readonly ?string $sub = null,
        /**
         * @var mixed|null A string or an array of strings, as in the token.
         */
        public readonly mixed $aud = null,
        /**
         * @var string|null
         */
        public readonly ?string $iss = null,
        /**
         * @var string|null
         */
        public readonly ?string $jti = null,
        /**
         * @var string|null The organization the token (or API key) acts in.
         */
        public readonly ?string $orgId = null,
        /**
         * @var string|null
         */
        public readonly ?string $orgSlug = null,
        /**
         * @var string|null The member's role in the organization (session tokens switched into one).
         */
        public readonly ?string $orgRole = null,
        /**
         * @var list<string>|null The `resource:action` patterns the token or API key carries.
         */
        public readonly ?array $permissions = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            active: \Tessera\Models\ModelSupport::required($data, 'active', 'IntrospectionResponse'),
            scope: $data['scope'] ?? null,
            clientId: $data['client_id'] ?? null,
            tokenType: $data['token_type'] ?? null,
            exp: $data['exp'] ?? null,
            iat: $data['iat'] ?? null,
            sub: $data['sub'] ?? null,
            aud: $data['aud'] ?? null,
            iss: $data['iss'] ?? null,
            jti: $data['jti'] ?? null,
            orgId: $data['org_id'] ?? null,
            orgSlug: $data['org_slug'] ?? null,
            orgRole: $data['org_role'] ?? null,
            permissions: $data['permissions'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['active'] = $this->active;
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->clientId !== null) {
            $out['client_id'] = $this->clientId;
        }
        if ($this->tokenType !== null) {
            $out['token_type'] = $this->tokenType;
        }
        if ($this->exp !== null) {
            $out['exp'] = $this->exp;
        }
        if ($this->iat !== null) {
            $out['iat'] = $this->iat;
        }
        if ($this->sub !== null) {
            $out['sub'] = $this->sub;
        }
        if ($this->aud !== null) {
            $out['aud'] = $this->aud;
        }
        if ($this->iss !== null) {
            $out['iss'] = $this->iss;
        }
        if ($this->jti !== null) {
            $out['jti'] = $this->jti;
        }
        if ($this->orgId !== null) {
            $out['org_id'] = $this->orgId;
        }
        if ($this->orgSlug !== null) {
            $out['org_slug'] = $this->orgSlug;
        }
        if ($this->orgRole !== null) {
            $out['org_role'] = $this->orgRole;
        }
        if ($this->permissions !== null) {
            $out['permissions'] = $this->permissions;
        }
        return $out;
    }
}

/**
 * An invitation to join an organization, sent by email.
 */
final class Invitation
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`inv_…`).
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string The role the invitee gets on accepting.
         */
        public readonly string $role,
        /**
         * @var \Tessera\Models\InvitationState
         */
        public readonly \Tessera\Models\InvitationState $state,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable When the latest email went out (a resend moves it).
         */
        public readonly \DateTimeImmutable $sentAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $expiresAt,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $acceptedAt = null,
        /**
         * @var string|null The user who accepted.
         */
        public readonly ?string $acceptedBy = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Invitation'),
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'Invitation'),
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'Invitation'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'Invitation'),
            state: \Tessera\Models\InvitationState::from(\Tessera\Models\ModelSupport::required($data, 'state', 'Invitation')),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Invitation')),
            sentAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'sent_at', 'Invitation')),
            expiresAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'expires_at', 'Invitation')),
            acceptedAt: (($data['accepted_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['accepted_at'])),
            acceptedBy: $data['accepted_by'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['organization_id'] = $this->organizationId;
        $out['email'] = $this->email;
        $out['role'] = $this->role;
        $out['state'] = $this->state->value;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['sent_at'] = \Tessera\Models\ModelSupport::formatTime($this->sentAt);
        $out['expires_at'] = \Tessera\Models\ModelSupport::formatTime($this->expiresAt);
        if ($this->acceptedAt !== null) {
            $out['accepted_at'] = \Tessera\Models\ModelSupport::formatTime($this->acceptedAt);
        }
        if ($this->acceptedBy !== null) {
            $out['accepted_by'] = $this->acceptedBy;
        }
        return $out;
    }
}

/**
 * What accepting an invitation did.
 */
final class InvitationAccepted
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $organizationSlug,
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var string
         */
        public readonly string $role,
        /**
         * @var bool Whether a new account was created for the invitee.
         */
        public readonly bool $userCreated,
        /**
         * @var \Tessera\Models\SessionTokens|null Session tokens for a newly created account, switched into the organization.
         */
        public readonly ?\Tessera\Models\SessionTokens $session = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'InvitationAccepted'),
            organizationSlug: \Tessera\Models\ModelSupport::required($data, 'organization_slug', 'InvitationAccepted'),
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'InvitationAccepted'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'InvitationAccepted'),
            userCreated: \Tessera\Models\ModelSupport::required($data, 'user_created', 'InvitationAccepted'),
            session: (($data['session'] ?? null) === null ? null : \Tessera\Models\SessionTokens::fromArray($data['session'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['organization_id'] = $this->organizationId;
        $out['organization_slug'] = $this->organizationSlug;
        $out['user_id'] = $this->userId;
        $out['role'] = $this->role;
        $out['user_created'] = $this->userCreated;
        if ($this->session !== null) {
            $out['session'] = $this->session->toArray();
        }
        return $out;
    }
}

/**
 * One page of invitations, newest first.
 */
final class InvitationList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Invitation>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Invitation::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'InvitationList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
 */
final class Jwk
{
    public function __construct(
        /**
         * @var string `EC`, `RSA` or `OKP`.
         */
        public readonly string $kty,
        /**
         * @var string
         */
        public readonly string $kid,
        /**
         * @var string Always `sig`.
         */
        public readonly string $use,
        /**
         * @var string
         */
        public readonly string $alg,
        /**
         * @var string|null Curve: `P-256` (EC) or `Ed25519` (OKP).
         */
        public readonly ?string $crv = null,
        /**
         * @var string|null
         */
        public readonly ?string $x = null,
        /**
         * @var string|null
         */
        public readonly ?string $y = null,
        /**
         * @var string|null RSA modulus, base64url.
         */
        public readonly ?string $n = null,
        /**
         * @var string|null RSA public exponent, base64url.
         */
        public readonly ?string $e = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            kty: \Tessera\Models\ModelSupport::required($data, 'kty', 'Jwk'),
            kid: \Tessera\Models\ModelSupport::required($data, 'kid', 'Jwk'),
            use: \Tessera\Models\ModelSupport::required($data, 'use', 'Jwk'),
            alg: \Tessera\Models\ModelSupport::required($data, 'alg', 'Jwk'),
            crv: $data['crv'] ?? null,
            x: $data['x'] ?? null,
            y: $data['y'] ?? null,
            n: $data['n'] ?? null,
            e: $data['e'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['kty'] = $this->kty;
        $out['kid'] = $this->kid;
        $out['use'] = $this->use;
        $out['alg'] = $this->alg;
        if ($this->crv !== null) {
            $out['crv'] = $this->crv;
        }
        if ($this->x !== null) {
            $out['x'] = $this->x;
        }
        if ($this->y !== null) {
            $out['y'] = $this->y;
        }
        if ($this->n !== null) {
            $out['n'] = $this->n;
        }
        if ($this->e !== null) {
            $out['e'] = $this->e;
        }
        return $out;
    }
}

/**
 * A JSON Web Key Set (RFC 7517 §5).
 */
final class JwkSet
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Jwk>
         */
        public readonly array $keys,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            keys: array_map(static fn ($_v0) => \Tessera\Models\Jwk::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'keys', 'JwkSet')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['keys'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->keys);
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/login`.
 */
final class LoginRequest
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string
         */
        public readonly string $password,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
        /**
         * @var string|null Sign in into this organization (its id, `org_…`, or its slug), as with `organization` on the authorization request: the session opens switched into it, and its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user must be a member and the sign-in must meet the organization's policies.
         */
        public readonly ?string $organization = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'LoginRequest'),
            password: \Tessera\Models\ModelSupport::required($data, 'password', 'LoginRequest'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
            organization: $data['organization'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        $out['password'] = $this->password;
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        if ($this->organization !== null) {
            $out['organization'] = $this->organization;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/magic-link/verify`.
 */
final class MagicLinkVerify
{
    public function __construct(
        /**
         * @var string The token from the magic link (`tml_…`).
         */
        public readonly string $token,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'MagicLinkVerify'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * A user's membership of an organization.
 */
final class Membership
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var string The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
         */
        public readonly string $role,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'Membership'),
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'Membership'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'Membership'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Membership')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Membership')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['organization_id'] = $this->organizationId;
        $out['user_id'] = $this->userId;
        $out['role'] = $this->role;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * One page of members, ordered by user id.
 */
final class MembershipList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Membership>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Membership::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'MembershipList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * The answer to a correct password when the account has a second factor: no session yet,
 * but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
 */
final class MfaChallenge
{
    public function __construct(
        /**
         * @var bool Always `true`; tells this answer apart from session tokens.
         */
        public readonly bool $mfaRequired,
        /**
         * @var string `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful verification. Wrong codes do not spend it, but count towards the account's lockout.
         */
        public readonly string $mfaToken,
        /**
         * @var list<\Tessera\Models\MfaFactor> The factors the user can complete the sign-in with.
         */
        public readonly array $factors,
        /**
         * @var int Seconds until `mfa_token` expires.
         */
        public readonly int $expiresIn,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            mfaRequired: \Tessera\Models\ModelSupport::required($data, 'mfa_required', 'MfaChallenge'),
            mfaToken: \Tessera\Models\ModelSupport::required($data, 'mfa_token', 'MfaChallenge'),
            factors: array_map(static fn ($_v0) => \Tessera\Models\MfaFactor::from($_v0), \Tessera\Models\ModelSupport::required($data, 'factors', 'MfaChallenge')),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'MfaChallenge'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['mfa_required'] = $this->mfaRequired;
        $out['mfa_token'] = $this->mfaToken;
        $out['factors'] = array_map(static fn ($_v0) => $_v0->value, $this->factors);
        $out['expires_in'] = $this->expiresIn;
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
 * `code` and `recovery_code`.
 */
final class MfaVerifyRequest
{
    public function __construct(
        /**
         * @var string The `mfa_token` of the login answer.
         */
        public readonly string $mfaToken,
        /**
         * @var string|null The current six-digit code of the user's authenticator app.
         */
        public readonly ?string $code = null,
        /**
         * @var string|null One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens, spaces and case are optional).
         */
        public readonly ?string $recoveryCode = null,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            mfaToken: \Tessera\Models\ModelSupport::required($data, 'mfa_token', 'MfaVerifyRequest'),
            code: $data['code'] ?? null,
            recoveryCode: $data['recovery_code'] ?? null,
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['mfa_token'] = $this->mfaToken;
        if ($this->code !== null) {
            $out['code'] = $this->code;
        }
        if ($this->recoveryCode !== null) {
            $out['recovery_code'] = $this->recoveryCode;
        }
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * An organization the signed-in user belongs to, with their role in it.
 */
final class MyOrganization
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $slug,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string
         */
        public readonly string $role,
        /**
         * @var bool Whether the session making the request is switched into this organization.
         */
        public readonly bool $current,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $joinedAt,
        /**
         * @var string|null
         */
        public readonly ?string $logoUrl = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'MyOrganization'),
            slug: \Tessera\Models\ModelSupport::required($data, 'slug', 'MyOrganization'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'MyOrganization'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'MyOrganization'),
            current: \Tessera\Models\ModelSupport::required($data, 'current', 'MyOrganization'),
            joinedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'joined_at', 'MyOrganization')),
            logoUrl: $data['logo_url'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['slug'] = $this->slug;
        $out['name'] = $this->name;
        $out['role'] = $this->role;
        $out['current'] = $this->current;
        $out['joined_at'] = \Tessera\Models\ModelSupport::formatTime($this->joinedAt);
        if ($this->logoUrl !== null) {
            $out['logo_url'] = $this->logoUrl;
        }
        return $out;
    }
}

/**
 * One page of the signed-in user's organizations.
 */
final class MyOrganizationList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\MyOrganization>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\MyOrganization::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'MyOrganizationList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * An error of an OAuth endpoint (RFC 6749 §5.2).
 */
final class OAuthError
{
    public function __construct(
        /**
         * @var string `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or `unsupported_token_type` (RFC 7009).
         */
        public readonly string $error,
        /**
         * @var string|null What went wrong, for the developer.
         */
        public readonly ?string $errorDescription = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            error: \Tessera\Models\ModelSupport::required($data, 'error', 'OAuthError'),
            errorDescription: $data['error_description'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['error'] = $this->error;
        if ($this->errorDescription !== null) {
            $out['error_description'] = $this->errorDescription;
        }
        return $out;
    }
}

/**
 * A tenant's authorization-server policy.
 */
final class OAuthSettings
{
    public function __construct(
        /**
         * @var bool Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP clients do. Off by default.
         */
        public readonly bool $dynamicClientRegistration,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            dynamicClientRegistration: \Tessera\Models\ModelSupport::required($data, 'dynamic_client_registration', 'OAuthSettings'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['dynamic_client_registration'] = $this->dynamicClientRegistration;
        return $out;
    }
}

/**
 * OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
 * Authorization Server Metadata (RFC 8414).
 *
 * Only what the server implements is advertised; endpoints appear as they land.
 */
final class OpenIdConfiguration
{
    public function __construct(
        /**
         * @var string The tenant's issuer identifier, `{public_url}/t/{slug}`.
         */
        public readonly string $issuer,
        /**
         * @var string Where the tenant's public signing keys are published.
         */
        public readonly string $jwksUri,
        /**
         * @var string Where users sign in and grant access (code flow with PKCE only).
         */
        public readonly string $authorizationEndpoint,
        /**
         * @var string RFC 8414 §2.
         */
        public readonly string $tokenEndpoint,
        /**
         * @var string OpenID Connect Core §5.3.
         */
        public readonly string $userinfoEndpoint,
        /**
         * @var string OpenID Connect RP-Initiated Logout 1.0.
         */
        public readonly string $endSessionEndpoint,
        /**
         * @var string RFC 7662.
         */
        public readonly string $introspectionEndpoint,
        /**
         * @var string RFC 7009.
         */
        public readonly string $revocationEndpoint,
        /**
         * @var list<string>
         */
        public readonly array $scopesSupported,
        /**
         * @var list<string>
         */
        public readonly array $responseTypesSupported,
        /**
         * @var list<string>
         */
        public readonly array $responseModesSupported,
        /**
         * @var list<string>
         */
        public readonly array $grantTypesSupported,
        /**
         * @var list<string>
         */
        public readonly array $subjectTypesSupported,
        /**
         * @var list<string>
         */
        public readonly array $idTokenSigningAlgValuesSupported,
        /**
         * @var list<string>
         */
        public readonly array $codeChallengeMethodsSupported,
        /**
         * @var list<string>
         */
        public readonly array $promptValuesSupported,
        /**
         * @var list<string>
         */
        public readonly array $claimsSupported,
        /**
         * @var bool RFC 9207: authorization responses carry `iss`.
         */
        public readonly bool $authorizationResponseIssParameterSupported,
        /**
         * @var bool
         */
        public readonly bool $requestParameterSupported,
        /**
         * @var bool
         */
        public readonly bool $requestUriParameterSupported,
        /**
         * @var list<string>
         */
        public readonly array $tokenEndpointAuthMethodsSupported,
        /**
         * @var list<string> Algorithms `private_key_jwt` assertions may be signed with.
         */
        public readonly array $tokenEndpointAuthSigningAlgValuesSupported,
        /**
         * @var list<string>
         */
        public readonly array $introspectionEndpointAuthMethodsSupported,
        /**
         * @var list<string>
         */
        public readonly array $revocationEndpointAuthMethodsSupported,
        /**
         * @var string|null RFC 7591; present only when the tenant allows dynamic registration.
         */
        public readonly ?string $registrationEndpoint = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            issuer: \Tessera\Models\ModelSupport::required($data, 'issuer', 'OpenIdConfiguration'),
            jwksUri: \Tessera\Models\ModelSupport::required($data, 'jwks_uri', 'OpenIdConfiguration'),
            authorizationEndpoint: \Tessera\Models\ModelSupport::required($data, 'authorization_endpoint', 'OpenIdConfiguration'),
            tokenEndpoint: \Tessera\Models\ModelSupport::required($data, 'token_endpoint', 'OpenIdConfiguration'),
            userinfoEndpoint: \Tessera\Models\ModelSupport::required($data, 'userinfo_endpoint', 'OpenIdConfiguration'),
            endSessionEndpoint: \Tessera\Models\ModelSupport::required($data, 'end_session_endpoint', 'OpenIdConfiguration'),
            introspectionEndpoint: \Tessera\Models\ModelSupport::required($data, 'introspection_endpoint', 'OpenIdConfiguration'),
            revocationEndpoint: \Tessera\Models\ModelSupport::required($data, 'revocation_endpoint', 'OpenIdConfiguration'),
            scopesSupported: \Tessera\Models\ModelSupport::required($data, 'scopes_supported', 'OpenIdConfiguration'),
            responseTypesSupported: \Tessera\Models\ModelSupport::required($data, 'response_types_supported', 'OpenIdConfiguration'),
            responseModesSupported: \Tessera\Models\ModelSupport::required($data, 'response_modes_supported', 'OpenIdConfiguration'),
            grantTypesSupported: \Tessera\Models\ModelSupport::required($data, 'grant_types_supported', 'OpenIdConfiguration'),
            subjectTypesSupported: \Tessera\Models\ModelSupport::required($data, 'subject_types_supported', 'OpenIdConfiguration'),
            idTokenSigningAlgValuesSupported: \Tessera\Models\ModelSupport::required($data, 'id_token_signing_alg_values_supported', 'OpenIdConfiguration'),
            codeChallengeMethodsSupported: \Tessera\Models\ModelSupport::required($data, 'code_challenge_methods_supported', 'OpenIdConfiguration'),
            promptValuesSupported: \Tessera\Models\ModelSupport::required($data, 'prompt_values_supported', 'OpenIdConfiguration'),
            claimsSupported: \Tessera\Models\ModelSupport::required($data, 'claims_supported', 'OpenIdConfiguration'),
            authorizationResponseIssParameterSupported: \Tessera\Models\ModelSupport::required($data, 'authorization_response_iss_parameter_supported', 'OpenIdConfiguration'),
            requestParameterSupported: \Tessera\Models\ModelSupport::required($data, 'request_parameter_supported', 'OpenIdConfiguration'),
            requestUriParameterSupported: \Tessera\Models\ModelSupport::required($data, 'request_uri_parameter_supported', 'OpenIdConfiguration'),
            tokenEndpointAuthMethodsSupported: \Tessera\Models\ModelSupport::required($data, 'token_endpoint_auth_methods_supported', 'OpenIdConfiguration'),
            tokenEndpointAuthSigningAlgValuesSupported: \Tessera\Models\ModelSupport::required($data, 'token_endpoint_auth_signing_alg_values_supported', 'OpenIdConfiguration'),
            introspectionEndpointAuthMethodsSupported: \Tessera\Models\ModelSupport::required($data, 'introspection_endpoint_auth_methods_supported', 'OpenIdConfiguration'),
            revocationEndpointAuthMethodsSupported: \Tessera\Models\ModelSupport::required($data, 'revocation_endpoint_auth_methods_supported', 'OpenIdConfiguration'),
            registrationEndpoint: $data['registration_endpoint'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['issuer'] = $this->issuer;
        $out['jwks_uri'] = $this->jwksUri;
        $out['authorization_endpoint'] = $this->authorizationEndpoint;
        $out['token_endpoint'] = $this->tokenEndpoint;
        $out['userinfo_endpoint'] = $this->userinfoEndpoint;
        $out['end_session_endpoint'] = $this->endSessionEndpoint;
        $out['introspection_endpoint'] = $this->introspectionEndpoint;
        $out['revocation_endpoint'] = $this->revocationEndpoint;
        $out['scopes_supported'] = $this->scopesSupported;
        $out['response_types_supported'] = $this->responseTypesSupported;
        $out['response_modes_supported'] = $this->responseModesSupported;
        $out['grant_types_supported'] = $this->grantTypesSupported;
        $out['subject_types_supported'] = $this->subjectTypesSupported;
        $out['id_token_signing_alg_values_supported'] = $this->idTokenSigningAlgValuesSupported;
        $out['code_challenge_methods_supported'] = $this->codeChallengeMethodsSupported;
        $out['prompt_values_supported'] = $this->promptValuesSupported;
        $out['claims_supported'] = $this->claimsSupported;
        $out['authorization_response_iss_parameter_supported'] = $this->authorizationResponseIssParameterSupported;
        $out['request_parameter_supported'] = $this->requestParameterSupported;
        $out['request_uri_parameter_supported'] = $this->requestUriParameterSupported;
        $out['token_endpoint_auth_methods_supported'] = $this->tokenEndpointAuthMethodsSupported;
        $out['token_endpoint_auth_signing_alg_values_supported'] = $this->tokenEndpointAuthSigningAlgValuesSupported;
        $out['introspection_endpoint_auth_methods_supported'] = $this->introspectionEndpointAuthMethodsSupported;
        $out['revocation_endpoint_auth_methods_supported'] = $this->revocationEndpointAuthMethodsSupported;
        if ($this->registrationEndpoint !== null) {
            $out['registration_endpoint'] = $this->registrationEndpoint;
        }
        return $out;
    }
}

/**
 * An organization of a tenant: a customer company, a team, a workspace.
 */
final class Organization
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`org_…`).
         */
        public readonly string $id,
        /**
         * @var string Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id or the slug.
         */
        public readonly string $slug,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var array<string, mixed> Free-form JSON object for the application's own data (at most 16 KiB).
         */
        public readonly array $metadata,
        /**
         * @var \Tessera\Models\OrganizationPolicies
         */
        public readonly \Tessera\Models\OrganizationPolicies $policies,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
        /**
         * @var string|null
         */
        public readonly ?string $logoUrl = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Organization'),
            slug: \Tessera\Models\ModelSupport::required($data, 'slug', 'Organization'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Organization'),
            metadata: \Tessera\Models\ModelSupport::required($data, 'metadata', 'Organization'),
            policies: \Tessera\Models\OrganizationPolicies::fromArray(\Tessera\Models\ModelSupport::required($data, 'policies', 'Organization')),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Organization')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Organization')),
            logoUrl: $data['logo_url'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['slug'] = $this->slug;
        $out['name'] = $this->name;
        $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        $out['policies'] = $this->policies->toArray();
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        if ($this->logoUrl !== null) {
            $out['logo_url'] = $this->logoUrl;
        }
        return $out;
    }
}

/**
 * A domain an organization claims, proven by a DNS TXT record.
 */
final class OrganizationDomain
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`dom_…`).
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $domain,
        /**
         * @var string Publish a TXT record with this name…
         */
        public readonly string $txtName,
        /**
         * @var string …and this value, then call `verify`.
         */
        public readonly string $txtValue,
        /**
         * @var bool
         */
        public readonly bool $verified,
        /**
         * @var bool Users with a verified email at this domain join the organization (as `member`) when they sign in, once the domain is verified.
         */
        public readonly bool $autoJoin,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $verifiedAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'OrganizationDomain'),
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'OrganizationDomain'),
            domain: \Tessera\Models\ModelSupport::required($data, 'domain', 'OrganizationDomain'),
            txtName: \Tessera\Models\ModelSupport::required($data, 'txt_name', 'OrganizationDomain'),
            txtValue: \Tessera\Models\ModelSupport::required($data, 'txt_value', 'OrganizationDomain'),
            verified: \Tessera\Models\ModelSupport::required($data, 'verified', 'OrganizationDomain'),
            autoJoin: \Tessera\Models\ModelSupport::required($data, 'auto_join', 'OrganizationDomain'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'OrganizationDomain')),
            verifiedAt: (($data['verified_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['verified_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['organization_id'] = $this->organizationId;
        $out['domain'] = $this->domain;
        $out['txt_name'] = $this->txtName;
        $out['txt_value'] = $this->txtValue;
        $out['verified'] = $this->verified;
        $out['auto_join'] = $this->autoJoin;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        if ($this->verifiedAt !== null) {
            $out['verified_at'] = \Tessera\Models\ModelSupport::formatTime($this->verifiedAt);
        }
        return $out;
    }
}

/**
 * An organization's domains.
 */
final class OrganizationDomainList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\OrganizationDomain>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\OrganizationDomain::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'OrganizationDomainList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * One page of organizations, in creation order.
 */
final class OrganizationList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Organization>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Organization::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'OrganizationList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * Rules an organization sets for sessions switched into it; checked at the switch.
 */
final class OrganizationPolicies
{
    public function __construct(
        /**
         * @var list<string>|null The sign-in methods a session must have been opened with: `password`, `magic_link`, `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's method is the second factor's). Absent: any method.
         */
        public readonly ?array $allowedSignInMethods = null,
        /**
         * @var bool|null The session must have been completed with a second factor (TOTP or a recovery code).
         */
        public readonly ?bool $mfaRequired = null,
        /**
         * @var int|null The session must have been opened at most this many seconds ago (60 to 31,536,000).
         */
        public readonly ?int $maxSessionAgeSecs = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            allowedSignInMethods: $data['allowed_sign_in_methods'] ?? null,
            mfaRequired: $data['mfa_required'] ?? null,
            maxSessionAgeSecs: $data['max_session_age_secs'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->allowedSignInMethods !== null) {
            $out['allowed_sign_in_methods'] = $this->allowedSignInMethods;
        }
        if ($this->mfaRequired !== null) {
            $out['mfa_required'] = $this->mfaRequired;
        }
        if ($this->maxSessionAgeSecs !== null) {
            $out['max_session_age_secs'] = $this->maxSessionAgeSecs;
        }
        return $out;
    }
}

/**
 * A message in the development outbox, in full (links and codes included).
 */
final class OutboxMessage
{
    public function __construct(
        /**
         * @var string `eml_…`
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $to,
        /**
         * @var string
         */
        public readonly string $from,
        /**
         * @var string
         */
        public readonly string $subject,
        /**
         * @var string The plain-text part.
         */
        public readonly string $text,
        /**
         * @var string The HTML part.
         */
        public readonly string $html,
        /**
         * @var string `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
         */
        public readonly string $template,
        /**
         * @var string The locale the message was rendered in.
         */
        public readonly string $locale,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'OutboxMessage'),
            to: \Tessera\Models\ModelSupport::required($data, 'to', 'OutboxMessage'),
            from: \Tessera\Models\ModelSupport::required($data, 'from', 'OutboxMessage'),
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'OutboxMessage'),
            text: \Tessera\Models\ModelSupport::required($data, 'text', 'OutboxMessage'),
            html: \Tessera\Models\ModelSupport::required($data, 'html', 'OutboxMessage'),
            template: \Tessera\Models\ModelSupport::required($data, 'template', 'OutboxMessage'),
            locale: \Tessera\Models\ModelSupport::required($data, 'locale', 'OutboxMessage'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'OutboxMessage')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['to'] = $this->to;
        $out['from'] = $this->from;
        $out['subject'] = $this->subject;
        $out['text'] = $this->text;
        $out['html'] = $this->html;
        $out['template'] = $this->template;
        $out['locale'] = $this->locale;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        return $out;
    }
}

/**
 * One page of outbox messages, newest first.
 */
final class OutboxMessageList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\OutboxMessage>
         */
        public readonly array $data,
        /**
         * @var string|null Pass as `cursor` for the next (older) page; absent on the last page.
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\OutboxMessage::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'OutboxMessageList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A registered passkey.
 */
final class Passkey
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string The credential ID, base64url (the browser's `rawId`).
         */
        public readonly string $credentialId,
        /**
         * @var bool The authenticator may sync it to other devices (WebAuthn backup eligibility).
         */
        public readonly bool $backupEligible,
        /**
         * @var bool It is currently backed up (synced).
         */
        public readonly bool $backedUp,
        /**
         * @var string The attestation statement format it registered with.
         */
        public readonly string $attestationFormat,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $lastUsedAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Passkey'),
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'Passkey'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Passkey'),
            credentialId: \Tessera\Models\ModelSupport::required($data, 'credential_id', 'Passkey'),
            backupEligible: \Tessera\Models\ModelSupport::required($data, 'backup_eligible', 'Passkey'),
            backedUp: \Tessera\Models\ModelSupport::required($data, 'backed_up', 'Passkey'),
            attestationFormat: \Tessera\Models\ModelSupport::required($data, 'attestation_format', 'Passkey'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Passkey')),
            lastUsedAt: (($data['last_used_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['last_used_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['user_id'] = $this->userId;
        $out['name'] = $this->name;
        $out['credential_id'] = $this->credentialId;
        $out['backup_eligible'] = $this->backupEligible;
        $out['backed_up'] = $this->backedUp;
        $out['attestation_format'] = $this->attestationFormat;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        if ($this->lastUsedAt !== null) {
            $out['last_used_at'] = \Tessera\Models\ModelSupport::formatTime($this->lastUsedAt);
        }
        return $out;
    }
}

/**
 * Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
 */
final class PasskeyCeremony
{
    public function __construct(
        /**
         * @var string `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
         */
        public readonly string $ceremonyId,
        /**
         * @var array<string, mixed> `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
         */
        public readonly array $options,
        /**
         * @var int Seconds until the ceremony expires.
         */
        public readonly int $expiresIn,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            ceremonyId: \Tessera\Models\ModelSupport::required($data, 'ceremony_id', 'PasskeyCeremony'),
            options: \Tessera\Models\ModelSupport::required($data, 'options', 'PasskeyCeremony'),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'PasskeyCeremony'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['ceremony_id'] = $this->ceremonyId;
        $out['options'] = \Tessera\Models\ModelSupport::object($this->options);
        $out['expires_in'] = $this->expiresIn;
        return $out;
    }
}

/**
 * A record of the API.
 */
final class PasskeyList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Passkey>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Passkey::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'PasskeyList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
 */
final class PasskeyRegistrationFinish
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $ceremonyId,
        /**
         * @var array<string, mixed> The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
         */
        public readonly array $credential,
        /**
         * @var string|null 1-64 characters; defaults to "Passkey".
         */
        public readonly ?string $name = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            ceremonyId: \Tessera\Models\ModelSupport::required($data, 'ceremony_id', 'PasskeyRegistrationFinish'),
            credential: \Tessera\Models\ModelSupport::required($data, 'credential', 'PasskeyRegistrationFinish'),
            name: $data['name'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['ceremony_id'] = $this->ceremonyId;
        $out['credential'] = \Tessera\Models\ModelSupport::object($this->credential);
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
 */
final class PasskeySecondFactorFinish
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $mfaToken,
        /**
         * @var string
         */
        public readonly string $ceremonyId,
        /**
         * @var array<string, mixed>
         */
        public readonly array $credential,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            mfaToken: \Tessera\Models\ModelSupport::required($data, 'mfa_token', 'PasskeySecondFactorFinish'),
            ceremonyId: \Tessera\Models\ModelSupport::required($data, 'ceremony_id', 'PasskeySecondFactorFinish'),
            credential: \Tessera\Models\ModelSupport::required($data, 'credential', 'PasskeySecondFactorFinish'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['mfa_token'] = $this->mfaToken;
        $out['ceremony_id'] = $this->ceremonyId;
        $out['credential'] = \Tessera\Models\ModelSupport::object($this->credential);
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
 */
final class PasskeySecondFactorStart
{
    public function __construct(
        /**
         * @var string The `mfa_token` of the login answer.
         */
        public readonly string $mfaToken,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            mfaToken: \Tessera\Models\ModelSupport::required($data, 'mfa_token', 'PasskeySecondFactorStart'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['mfa_token'] = $this->mfaToken;
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/passkeys/verify`.
 */
final class PasskeySignInFinish
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $ceremonyId,
        /**
         * @var array<string, mixed> The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
         */
        public readonly array $credential,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
        /**
         * @var string|null Sign in into this organization (its id, `org_…`, or its slug), as at `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a member and the sign-in meets its policies.
         */
        public readonly ?string $organization = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            ceremonyId: \Tessera\Models\ModelSupport::required($data, 'ceremony_id', 'PasskeySignInFinish'),
            credential: \Tessera\Models\ModelSupport::required($data, 'credential', 'PasskeySignInFinish'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
            organization: $data['organization'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['ceremony_id'] = $this->ceremonyId;
        $out['credential'] = \Tessera\Models\ModelSupport::object($this->credential);
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        if ($this->organization !== null) {
            $out['organization'] = $this->organization;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/passkeys/options`.
 */
final class PasskeySignInStart
{
    public function __construct(
        /**
         * @var string|null Ask for this account's passkeys only. Without it (username-less), any passkey the browser holds for the tenant may answer. The answer does not reveal whether the account exists.
         */
        public readonly ?string $email = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: $data['email'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->email !== null) {
            $out['email'] = $this->email;
        }
        return $out;
    }
}

/**
 * The policy in force: the tenant's choices over the server's defaults.
 */
final class PasswordPolicy
{
    public function __construct(
        /**
         * @var int Fewest characters (Unicode scalar values) a password may have; at least 8.
         */
        public readonly int $minLength,
        /**
         * @var int Most characters a password may have; at most 1024.
         */
        public readonly int $maxLength,
        /**
         * @var bool Refuse passwords on the shipped list of 20,000 common passwords.
         */
        public readonly bool $rejectCommon,
        /**
         * @var bool Refuse passwords containing the account's email, its local part, or a word of the user's name.
         */
        public readonly bool $rejectPersonalInfo,
        /**
         * @var bool Refuse passwords found in known breaches, asked of the server's Pwned Passwords range API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
         */
        public readonly bool $checkBreached,
        /**
         * @var bool Whether the server has a range API configured (`pwned_passwords_url`), without which `check_breached` cannot be turned on.
         */
        public readonly bool $breachCheckAvailable,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            minLength: \Tessera\Models\ModelSupport::required($data, 'min_length', 'PasswordPolicy'),
            maxLength: \Tessera\Models\ModelSupport::required($data, 'max_length', 'PasswordPolicy'),
            rejectCommon: \Tessera\Models\ModelSupport::required($data, 'reject_common', 'PasswordPolicy'),
            rejectPersonalInfo: \Tessera\Models\ModelSupport::required($data, 'reject_personal_info', 'PasswordPolicy'),
            checkBreached: \Tessera\Models\ModelSupport::required($data, 'check_breached', 'PasswordPolicy'),
            breachCheckAvailable: \Tessera\Models\ModelSupport::required($data, 'breach_check_available', 'PasswordPolicy'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['min_length'] = $this->minLength;
        $out['max_length'] = $this->maxLength;
        $out['reject_common'] = $this->rejectCommon;
        $out['reject_personal_info'] = $this->rejectPersonalInfo;
        $out['check_breached'] = $this->checkBreached;
        $out['breach_check_available'] = $this->breachCheckAvailable;
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/password-reset/confirm`.
 */
final class PasswordResetConfirm
{
    public function __construct(
        /**
         * @var string The token from the reset link (`tpr_…`).
         */
        public readonly string $token,
        /**
         * @var string Checked against the password policy.
         */
        public readonly string $newPassword,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'PasswordResetConfirm'),
            newPassword: \Tessera\Models\ModelSupport::required($data, 'new_password', 'PasswordResetConfirm'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        $out['new_password'] = $this->newPassword;
        return $out;
    }
}

/**
 * An RFC 9457 problem document, sent as `application/problem+json`.
 */
final class Problem
{
    public function __construct(
        /**
         * @var string A URI naming the problem type: `urn:tessera:problem:{code}`.
         */
        public readonly string $type,
        /**
         * @var string A short summary of the problem type.
         */
        public readonly string $title,
        /**
         * @var int The HTTP status code.
         */
        public readonly int $status,
        /**
         * @var string What went wrong in this occurrence, written for a person.
         */
        public readonly string $detail,
        /**
         * @var \Tessera\Models\ErrorCode The stable machine-readable code.
         */
        public readonly \Tessera\Models\ErrorCode $code,
        /**
         * @var string|null The request id, also sent as the `x-request-id` response header.
         */
        public readonly ?string $requestId = null,
        /**
         * @var list<\Tessera\Models\FieldError>|null Field-level errors, for `validation_failed`.
         */
        public readonly ?array $errors = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            type: \Tessera\Models\ModelSupport::required($data, 'type', 'Problem'),
            title: \Tessera\Models\ModelSupport::required($data, 'title', 'Problem'),
            status: \Tessera\Models\ModelSupport::required($data, 'status', 'Problem'),
            detail: \Tessera\Models\ModelSupport::required($data, 'detail', 'Problem'),
            code: \Tessera\Models\ErrorCode::from(\Tessera\Models\ModelSupport::required($data, 'code', 'Problem')),
            requestId: $data['request_id'] ?? null,
            errors: (($data['errors'] ?? null) === null ? null : array_map(static fn ($_v0) => \Tessera\Models\FieldError::fromArray($_v0), $data['errors'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['type'] = $this->type;
        $out['title'] = $this->title;
        $out['status'] = $this->status;
        $out['detail'] = $this->detail;
        $out['code'] = $this->code->value;
        if ($this->requestId !== null) {
            $out['request_id'] = $this->requestId;
        }
        if ($this->errors !== null) {
            $out['errors'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->errors);
        }
        return $out;
    }
}

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
 */
final class ProtectedResourceMetadata
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $resource,
        /**
         * @var list<string>
         */
        public readonly array $authorizationServers,
        /**
         * @var list<string>
         */
        public readonly array $scopesSupported,
        /**
         * @var list<string>
         */
        public readonly array $bearerMethodsSupported,
        /**
         * @var string
         */
        public readonly string $resourceName,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            resource: \Tessera\Models\ModelSupport::required($data, 'resource', 'ProtectedResourceMetadata'),
            authorizationServers: \Tessera\Models\ModelSupport::required($data, 'authorization_servers', 'ProtectedResourceMetadata'),
            scopesSupported: \Tessera\Models\ModelSupport::required($data, 'scopes_supported', 'ProtectedResourceMetadata'),
            bearerMethodsSupported: \Tessera\Models\ModelSupport::required($data, 'bearer_methods_supported', 'ProtectedResourceMetadata'),
            resourceName: \Tessera\Models\ModelSupport::required($data, 'resource_name', 'ProtectedResourceMetadata'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['resource'] = $this->resource;
        $out['authorization_servers'] = $this->authorizationServers;
        $out['scopes_supported'] = $this->scopesSupported;
        $out['bearer_methods_supported'] = $this->bearerMethodsSupported;
        $out['resource_name'] = $this->resourceName;
        return $out;
    }
}

/**
 * Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
 *
 * Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
 * `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
 * `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
 */
final class PutEmailTemplate
{
    public function __construct(
        /**
         * @var string One line, at most 200 characters.
         */
        public readonly string $subject,
        /**
         * @var string The plain-text part, at most 32 KiB.
         */
        public readonly string $text,
        /**
         * @var string The HTML part, at most 64 KiB.
         */
        public readonly string $html,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'PutEmailTemplate'),
            text: \Tessera\Models\ModelSupport::required($data, 'text', 'PutEmailTemplate'),
            html: \Tessera\Models\ModelSupport::required($data, 'html', 'PutEmailTemplate'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['subject'] = $this->subject;
        $out['text'] = $this->text;
        $out['html'] = $this->html;
        return $out;
    }
}

/**
 * Re-authentication for sensitive self-service changes (deleting the account, managing the
 * second factor).
 */
final class Reauthenticate
{
    public function __construct(
        /**
         * @var string|null Required when the account has a password.
         */
        public readonly ?string $currentPassword = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            currentPassword: $data['current_password'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->currentPassword !== null) {
            $out['current_password'] = $this->currentPassword;
        }
        return $out;
    }
}

/**
 * Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
 * code. Only their hashes are stored.
 */
final class RecoveryCodes
{
    public function __construct(
        /**
         * @var list<string>
         */
        public readonly array $recoveryCodes,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            recoveryCodes: \Tessera\Models\ModelSupport::required($data, 'recovery_codes', 'RecoveryCodes'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['recovery_codes'] = $this->recoveryCodes;
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
 * may instead come from the session cookie.
 */
final class RefreshRequest
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $refreshToken = null,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            refreshToken: $data['refresh_token'] ?? null,
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->refreshToken !== null) {
            $out['refresh_token'] = $this->refreshToken;
        }
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
 */
final class RenamePasskey
{
    public function __construct(
        /**
         * @var string 1-64 characters.
         */
        public readonly string $name,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'RenamePasskey'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['name'] = $this->name;
        return $out;
    }
}

/**
 * An API protected by the tenant, such as an MCP server.
 */
final class Resource
{
    public function __construct(
        /**
         * @var string `res_…`.
         */
        public readonly string $id,
        /**
         * @var string The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g. the MCP server's URL.
         */
        public readonly string $identifier,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string> Scopes clients may request for this API (e.g. one per MCP tool).
         */
        public readonly array $scopes,
        /**
         * @var string Where its RFC 9728 protected-resource metadata is served.
         */
        public readonly string $metadataUrl,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Resource'),
            identifier: \Tessera\Models\ModelSupport::required($data, 'identifier', 'Resource'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Resource'),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'Resource'),
            metadataUrl: \Tessera\Models\ModelSupport::required($data, 'metadata_url', 'Resource'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Resource')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Resource')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['identifier'] = $this->identifier;
        $out['name'] = $this->name;
        $out['scopes'] = $this->scopes;
        $out['metadata_url'] = $this->metadataUrl;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * A role held on one resource of an organization by one of its members or service
 * accounts, on top of their organization-wide role.
 */
final class ResourceGrant
{
    public function __construct(
        /**
         * @var string `rgr_…`
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string A member's user id (`usr_…`) or a service account's client id (`cli_…`).
         */
        public readonly string $subject,
        /**
         * @var string The resource, as checks name it (`document:123`).
         */
        public readonly string $resource,
        /**
         * @var string
         */
        public readonly string $role,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ResourceGrant'),
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'ResourceGrant'),
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'ResourceGrant'),
            resource: \Tessera\Models\ModelSupport::required($data, 'resource', 'ResourceGrant'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'ResourceGrant'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ResourceGrant')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['organization_id'] = $this->organizationId;
        $out['subject'] = $this->subject;
        $out['resource'] = $this->resource;
        $out['role'] = $this->role;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        return $out;
    }
}

/**
 * One page of resource grants, oldest first.
 */
final class ResourceGrantList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\ResourceGrant>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\ResourceGrant::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ResourceGrantList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class ResourceList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Resource>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Resource::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ResourceList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
 * `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
 */
final class Role
{
    public function __construct(
        /**
         * @var string Unique within its scope; lowercase letters, digits, `-` and `_`.
         */
        public readonly string $key,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var list<string> `resource:action` patterns; `resource:*` grants every action on a resource, `*` everything.
         */
        public readonly array $permissions,
        /**
         * @var bool
         */
        public readonly bool $builtIn,
        /**
         * @var string|null
         */
        public readonly ?string $description = null,
        /**
         * @var string|null The organization a custom role belongs to; absent for tenant-wide roles.
         */
        public readonly ?string $organizationId = null,
        /**
         * @var \DateTimeImmutable|null Absent for a built-in role whose permissions were never changed.
         */
        public readonly ?\DateTimeImmutable $updatedAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            key: \Tessera\Models\ModelSupport::required($data, 'key', 'Role'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Role'),
            permissions: \Tessera\Models\ModelSupport::required($data, 'permissions', 'Role'),
            builtIn: \Tessera\Models\ModelSupport::required($data, 'built_in', 'Role'),
            description: $data['description'] ?? null,
            organizationId: $data['organization_id'] ?? null,
            updatedAt: (($data['updated_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['updated_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['key'] = $this->key;
        $out['name'] = $this->name;
        $out['permissions'] = $this->permissions;
        $out['built_in'] = $this->builtIn;
        if ($this->description !== null) {
            $out['description'] = $this->description;
        }
        if ($this->organizationId !== null) {
            $out['organization_id'] = $this->organizationId;
        }
        if ($this->updatedAt !== null) {
            $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        }
        return $out;
    }
}

/**
 * The roles of a scope: built-in roles first, then custom roles by key.
 */
final class RoleList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Role>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Role::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'RoleList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
 */
final class RotateApiKey
{
    public function __construct(
        /**
         * @var int|null How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
         */
        public readonly ?int $overlapSecs = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            overlapSecs: $data['overlap_secs'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->overlapSecs !== null) {
            $out['overlap_secs'] = $this->overlapSecs;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
 */
final class RotateClientSecret
{
    public function __construct(
        /**
         * @var int|null Seconds the client's current secrets keep working (0-2592000, default 86400), so deployments can switch over without downtime.
         */
        public readonly ?int $previousSecretsExpireIn = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            previousSecretsExpireIn: $data['previous_secrets_expire_in'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->previousSecretsExpireIn !== null) {
            $out['previous_secrets_expire_in'] = $this->previousSecretsExpireIn;
        }
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
 */
final class RotateKeysRequest
{
    public function __construct(
        /**
         * @var \Tessera\Models\SigningAlg|null Rotate only the key of this algorithm; all active keys when omitted.
         */
        public readonly ?\Tessera\Models\SigningAlg $alg = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            alg: (($data['alg'] ?? null) === null ? null : \Tessera\Models\SigningAlg::from($data['alg'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->alg !== null) {
            $out['alg'] = $this->alg->value;
        }
        return $out;
    }
}

/**
 * A confidential OAuth client (`client_credentials`) owned by an organization and acting
 * with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
 * `permissions`, and `authz/check` takes its client id as the subject.
 */
final class ServiceAccount
{
    public function __construct(
        /**
         * @var string The client id (`cli_…`): the `sub` and `client_id` of its tokens.
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string Its role in the organization.
         */
        public readonly string $role,
        /**
         * @var list<string> Scopes it may request.
         */
        public readonly array $scopes,
        /**
         * @var list<string> Resources (`aud` values) it may request tokens for.
         */
        public readonly array $audiences,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ServiceAccount'),
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'ServiceAccount'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'ServiceAccount'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'ServiceAccount'),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'ServiceAccount'),
            audiences: \Tessera\Models\ModelSupport::required($data, 'audiences', 'ServiceAccount'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ServiceAccount')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'ServiceAccount')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['organization_id'] = $this->organizationId;
        $out['name'] = $this->name;
        $out['role'] = $this->role;
        $out['scopes'] = $this->scopes;
        $out['audiences'] = $this->audiences;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * One page of an organization's service accounts, oldest first.
 */
final class ServiceAccountList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\ServiceAccount>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\ServiceAccount::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'ServiceAccountList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A new service account and its client secret, shown once.
 */
final class ServiceAccountWithSecret
{
    public function __construct(
        /**
         * @var string The client id (`cli_…`): the `sub` and `client_id` of its tokens.
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $organizationId,
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var string Its role in the organization.
         */
        public readonly string $role,
        /**
         * @var list<string> Scopes it may request.
         */
        public readonly array $scopes,
        /**
         * @var list<string> Resources (`aud` values) it may request tokens for.
         */
        public readonly array $audiences,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
        /**
         * @var string The client secret (`tss_…`); store it now, it cannot be shown again.
         */
        public readonly string $clientSecret,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'ServiceAccountWithSecret'),
            organizationId: \Tessera\Models\ModelSupport::required($data, 'organization_id', 'ServiceAccountWithSecret'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'ServiceAccountWithSecret'),
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'ServiceAccountWithSecret'),
            scopes: \Tessera\Models\ModelSupport::required($data, 'scopes', 'ServiceAccountWithSecret'),
            audiences: \Tessera\Models\ModelSupport::required($data, 'audiences', 'ServiceAccountWithSecret'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'ServiceAccountWithSecret')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'ServiceAccountWithSecret')),
            clientSecret: \Tessera\Models\ModelSupport::required($data, 'client_secret', 'ServiceAccountWithSecret'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['organization_id'] = $this->organizationId;
        $out['name'] = $this->name;
        $out['role'] = $this->role;
        $out['scopes'] = $this->scopes;
        $out['audiences'] = $this->audiences;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        $out['client_secret'] = $this->clientSecret;
        return $out;
    }
}

/**
 * A sign-in session.
 */
final class Session
{
    public function __construct(
        /**
         * @var string `ses_…`, the `sid` claim of its access tokens.
         */
        public readonly string $id,
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $lastUsedAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $expiresAt,
        /**
         * @var string|null
         */
        public readonly ?string $ip = null,
        /**
         * @var string|null
         */
        public readonly ?string $userAgent = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Session'),
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'Session'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Session')),
            lastUsedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'last_used_at', 'Session')),
            expiresAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'expires_at', 'Session')),
            ip: $data['ip'] ?? null,
            userAgent: $data['user_agent'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['user_id'] = $this->userId;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['last_used_at'] = \Tessera\Models\ModelSupport::formatTime($this->lastUsedAt);
        $out['expires_at'] = \Tessera\Models\ModelSupport::formatTime($this->expiresAt);
        if ($this->ip !== null) {
            $out['ip'] = $this->ip;
        }
        if ($this->userAgent !== null) {
            $out['user_agent'] = $this->userAgent;
        }
        return $out;
    }
}

/**
 * A user's live sessions, newest first.
 */
final class SessionList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Session>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Session::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'SessionList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * Tokens of a session.
 */
final class SessionTokens
{
    public function __construct(
        /**
         * @var string An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
         */
        public readonly string $accessToken,
        /**
         * @var string Always `Bearer`.
         */
        public readonly string $tokenType,
        /**
         * @var int Seconds until the access token expires.
         */
        public readonly int $expiresIn,
        /**
         * @var string
         */
        public readonly string $sessionId,
        /**
         * @var string|null Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
         */
        public readonly ?string $refreshToken = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            accessToken: \Tessera\Models\ModelSupport::required($data, 'access_token', 'SessionTokens'),
            tokenType: \Tessera\Models\ModelSupport::required($data, 'token_type', 'SessionTokens'),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'SessionTokens'),
            sessionId: \Tessera\Models\ModelSupport::required($data, 'session_id', 'SessionTokens'),
            refreshToken: $data['refresh_token'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['access_token'] = $this->accessToken;
        $out['token_type'] = $this->tokenType;
        $out['expires_in'] = $this->expiresIn;
        $out['session_id'] = $this->sessionId;
        if ($this->refreshToken !== null) {
            $out['refresh_token'] = $this->refreshToken;
        }
        return $out;
    }
}

/**
 * Replaces the tenant's password policy; an omitted field returns to the server's default.
 */
final class SetPasswordPolicy
{
    public function __construct(
        /**
         * @var int|null 8 to `max_length` [default: 10].
         */
        public readonly ?int $minLength = null,
        /**
         * @var int|null `min_length` to 1024 [default: 256].
         */
        public readonly ?int $maxLength = null,
        /**
         * @var bool|null [default: the server's `reject_common_passwords`, true unless configured].
         */
        public readonly ?bool $rejectCommon = null,
        /**
         * @var bool|null [default: true].
         */
        public readonly ?bool $rejectPersonalInfo = null,
        /**
         * @var bool|null Only when the server has `pwned_passwords_url` [default: true when it has].
         */
        public readonly ?bool $checkBreached = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            minLength: $data['min_length'] ?? null,
            maxLength: $data['max_length'] ?? null,
            rejectCommon: $data['reject_common'] ?? null,
            rejectPersonalInfo: $data['reject_personal_info'] ?? null,
            checkBreached: $data['check_breached'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->minLength !== null) {
            $out['min_length'] = $this->minLength;
        }
        if ($this->maxLength !== null) {
            $out['max_length'] = $this->maxLength;
        }
        if ($this->rejectCommon !== null) {
            $out['reject_common'] = $this->rejectCommon;
        }
        if ($this->rejectPersonalInfo !== null) {
            $out['reject_personal_info'] = $this->rejectPersonalInfo;
        }
        if ($this->checkBreached !== null) {
            $out['check_breached'] = $this->checkBreached;
        }
        return $out;
    }
}

/**
 * A tenant signing key's public metadata (private keys never leave the server).
 */
final class SigningKey
{
    public function __construct(
        /**
         * @var string Key id: the RFC 7638 JWK thumbprint.
         */
        public readonly string $kid,
        /**
         * @var \Tessera\Models\SigningAlg
         */
        public readonly \Tessera\Models\SigningAlg $alg,
        /**
         * @var \Tessera\Models\KeyStatus
         */
        public readonly \Tessera\Models\KeyStatus $status,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $retiredAt = null,
        /**
         * @var \DateTimeImmutable|null When a retired key leaves the JWKS: no token it signed is still valid by then.
         */
        public readonly ?\DateTimeImmutable $publishedUntil = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            kid: \Tessera\Models\ModelSupport::required($data, 'kid', 'SigningKey'),
            alg: \Tessera\Models\SigningAlg::from(\Tessera\Models\ModelSupport::required($data, 'alg', 'SigningKey')),
            status: \Tessera\Models\KeyStatus::from(\Tessera\Models\ModelSupport::required($data, 'status', 'SigningKey')),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'SigningKey')),
            retiredAt: (($data['retired_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['retired_at'])),
            publishedUntil: (($data['published_until'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['published_until'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['kid'] = $this->kid;
        $out['alg'] = $this->alg->value;
        $out['status'] = $this->status->value;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        if ($this->retiredAt !== null) {
            $out['retired_at'] = \Tessera\Models\ModelSupport::formatTime($this->retiredAt);
        }
        if ($this->publishedUntil !== null) {
            $out['published_until'] = \Tessera\Models\ModelSupport::formatTime($this->publishedUntil);
        }
        return $out;
    }
}

/**
 * The tenant's published keys: active ones first, then retired ones still in the JWKS.
 */
final class SigningKeyList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\SigningKey>
         */
        public readonly array $data,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\SigningKey::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'SigningKeyList')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/signup`.
 */
final class SignupRequest
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $email,
        /**
         * @var string Checked against the password policy.
         */
        public readonly string $password,
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'SignupRequest'),
            password: \Tessera\Models\ModelSupport::required($data, 'password', 'SignupRequest'),
            name: $data['name'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['email'] = $this->email;
        $out['password'] = $this->password;
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/signup/verify`.
 */
final class SignupVerify
{
    public function __construct(
        /**
         * @var string The token from the confirmation link (`tsu_…`).
         */
        public readonly string $token,
        /**
         * @var \Tessera\Models\TokenDelivery|null
         */
        public readonly ?\Tessera\Models\TokenDelivery $delivery = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'SignupVerify'),
            delivery: (($data['delivery'] ?? null) === null ? null : \Tessera\Models\TokenDelivery::from($data['delivery'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        if ($this->delivery !== null) {
            $out['delivery'] = $this->delivery->value;
        }
        return $out;
    }
}

/**
 * A tenant: an isolated application environment with its own issuer, keys and users
 * (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
 */
final class Tenant
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`ten_…`).
         */
        public readonly string $id,
        /**
         * @var string URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
         */
        public readonly string $slug,
        /**
         * @var string Display name.
         */
        public readonly string $name,
        /**
         * @var string The tenant's OpenID issuer: `{public_url}/t/{slug}`.
         */
        public readonly string $issuer,
        /**
         * @var \Tessera\Models\SigningAlg Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
         */
        public readonly \Tessera\Models\SigningAlg $signingAlg,
        /**
         * @var list<string> Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
         */
        public readonly array $allowedOrigins,
        /**
         * @var \Tessera\Models\SignupMode Who may sign up by themselves.
         */
        public readonly \Tessera\Models\SignupMode $signupMode,
        /**
         * @var list<string> Email domains that may sign up when `signup_mode` is `domain_allowlist`.
         */
        public readonly array $signupAllowedDomains,
        /**
         * @var bool Whether signups from disposable-address services (a shipped list) are refused.
         */
        public readonly bool $blockDisposableEmails,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Tenant'),
            slug: \Tessera\Models\ModelSupport::required($data, 'slug', 'Tenant'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Tenant'),
            issuer: \Tessera\Models\ModelSupport::required($data, 'issuer', 'Tenant'),
            signingAlg: \Tessera\Models\SigningAlg::from(\Tessera\Models\ModelSupport::required($data, 'signing_alg', 'Tenant')),
            allowedOrigins: \Tessera\Models\ModelSupport::required($data, 'allowed_origins', 'Tenant'),
            signupMode: \Tessera\Models\SignupMode::from(\Tessera\Models\ModelSupport::required($data, 'signup_mode', 'Tenant')),
            signupAllowedDomains: \Tessera\Models\ModelSupport::required($data, 'signup_allowed_domains', 'Tenant'),
            blockDisposableEmails: \Tessera\Models\ModelSupport::required($data, 'block_disposable_emails', 'Tenant'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'Tenant')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'Tenant')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['slug'] = $this->slug;
        $out['name'] = $this->name;
        $out['issuer'] = $this->issuer;
        $out['signing_alg'] = $this->signingAlg->value;
        $out['allowed_origins'] = $this->allowedOrigins;
        $out['signup_mode'] = $this->signupMode->value;
        $out['signup_allowed_domains'] = $this->signupAllowedDomains;
        $out['block_disposable_emails'] = $this->blockDisposableEmails;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        return $out;
    }
}

/**
 * One page of tenants, oldest first.
 */
final class TenantList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Tenant>
         */
        public readonly array $data,
        /**
         * @var string|null Pass as `cursor` to fetch the next page; absent on the last page.
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Tenant::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'TenantList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A signed RFC 9068 access token (`typ: at+jwt`).
 */
final class TestToken
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $accessToken,
        /**
         * @var string Always `Bearer`.
         */
        public readonly string $tokenType,
        /**
         * @var int Seconds until `exp`.
         */
        public readonly int $expiresIn,
        /**
         * @var string The signing key's id, also in the JWS header.
         */
        public readonly string $kid,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            accessToken: \Tessera\Models\ModelSupport::required($data, 'access_token', 'TestToken'),
            tokenType: \Tessera\Models\ModelSupport::required($data, 'token_type', 'TestToken'),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'TestToken'),
            kid: \Tessera\Models\ModelSupport::required($data, 'kid', 'TestToken'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['access_token'] = $this->accessToken;
        $out['token_type'] = $this->tokenType;
        $out['expires_in'] = $this->expiresIn;
        $out['kid'] = $this->kid;
        return $out;
    }
}

/**
 * Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
 * testing resource servers (as Keycloak's "generate example access token").
 */
final class TestTokenRequest
{
    public function __construct(
        /**
         * @var string The token's `sub`.
         */
        public readonly string $subject,
        /**
         * @var string The token's `aud`, such as an API identifier.
         */
        public readonly string $audience,
        /**
         * @var string|null Space-separated scopes for the `scope` claim.
         */
        public readonly ?string $scope = null,
        /**
         * @var int|null Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
         */
        public readonly ?int $expiresIn = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            subject: \Tessera\Models\ModelSupport::required($data, 'subject', 'TestTokenRequest'),
            audience: \Tessera\Models\ModelSupport::required($data, 'audience', 'TestTokenRequest'),
            scope: $data['scope'] ?? null,
            expiresIn: $data['expires_in'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['subject'] = $this->subject;
        $out['audience'] = $this->audience;
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->expiresIn !== null) {
            $out['expires_in'] = $this->expiresIn;
        }
        return $out;
    }
}

/**
 * Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
 */
final class TokenQuery
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $token,
        /**
         * @var string|null `access_token` or `refresh_token`; a hint only.
         */
        public readonly ?string $tokenTypeHint = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientId = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientSecret = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientAssertionType = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientAssertion = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'TokenQuery'),
            tokenTypeHint: $data['token_type_hint'] ?? null,
            clientId: $data['client_id'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
            clientAssertionType: $data['client_assertion_type'] ?? null,
            clientAssertion: $data['client_assertion'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        if ($this->tokenTypeHint !== null) {
            $out['token_type_hint'] = $this->tokenTypeHint;
        }
        if ($this->clientId !== null) {
            $out['client_id'] = $this->clientId;
        }
        if ($this->clientSecret !== null) {
            $out['client_secret'] = $this->clientSecret;
        }
        if ($this->clientAssertionType !== null) {
            $out['client_assertion_type'] = $this->clientAssertionType;
        }
        if ($this->clientAssertion !== null) {
            $out['client_assertion'] = $this->clientAssertion;
        }
        return $out;
    }
}

/**
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
 * §4.4.2 and §6).
 */
final class TokenRequest
{
    public function __construct(
        /**
         * @var string `authorization_code`, `refresh_token` or `client_credentials`.
         */
        public readonly string $grantType,
        /**
         * @var string|null With `authorization_code`: the code the authorization endpoint returned.
         */
        public readonly ?string $code = null,
        /**
         * @var string|null With `authorization_code`: the `redirect_uri` of the authorization request.
         */
        public readonly ?string $redirectUri = null,
        /**
         * @var string|null With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
         */
        public readonly ?string $codeVerifier = null,
        /**
         * @var string|null With `refresh_token`: the refresh token to spend.
         */
        public readonly ?string $refreshToken = null,
        /**
         * @var string|null Space-separated scopes; all the client's scopes when omitted.
         */
        public readonly ?string $scope = null,
        /**
         * @var string|null RFC 8707 resource indicator: the API the token is for (becomes `aud`).
         */
        public readonly ?string $resource = null,
        /**
         * @var string|null Auth0-style synonym of `resource`.
         */
        public readonly ?string $audience = null,
        /**
         * @var string|null With `client_secret_post`.
         */
        public readonly ?string $clientId = null,
        /**
         * @var string|null With `client_secret_post`.
         */
        public readonly ?string $clientSecret = null,
        /**
         * @var string|null With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
         */
        public readonly ?string $clientAssertionType = null,
        /**
         * @var string|null With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
         */
        public readonly ?string $clientAssertion = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            grantType: \Tessera\Models\ModelSupport::required($data, 'grant_type', 'TokenRequest'),
            code: $data['code'] ?? null,
            redirectUri: $data['redirect_uri'] ?? null,
            codeVerifier: $data['code_verifier'] ?? null,
            refreshToken: $data['refresh_token'] ?? null,
            scope: $data['scope'] ?? null,
            resource: $data['resource'] ?? null,
            audience: $data['audience'] ?? null,
            clientId: $data['client_id'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
            clientAssertionType: $data['client_assertion_type'] ?? null,
            clientAssertion: $data['client_assertion'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['grant_type'] = $this->grantType;
        if ($this->code !== null) {
            $out['code'] = $this->code;
        }
        if ($this->redirectUri !== null) {
            $out['redirect_uri'] = $this->redirectUri;
        }
        if ($this->codeVerifier !== null) {
            $out['code_verifier'] = $this->codeVerifier;
        }
        if ($this->refreshToken !== null) {
            $out['refresh_token'] = $this->refreshToken;
        }
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->resource !== null) {
            $out['resource'] = $this->resource;
        }
        if ($this->audience !== null) {
            $out['audience'] = $this->audience;
        }
        if ($this->clientId !== null) {
            $out['client_id'] = $this->clientId;
        }
        if ($this->clientSecret !== null) {
            $out['client_secret'] = $this->clientSecret;
        }
        if ($this->clientAssertionType !== null) {
            $out['client_assertion_type'] = $this->clientAssertionType;
        }
        if ($this->clientAssertion !== null) {
            $out['client_assertion'] = $this->clientAssertion;
        }
        return $out;
    }
}

/**
 * A successful token response (RFC 6749 §5.1).
 */
final class TokenResponse
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $accessToken,
        /**
         * @var string Always `Bearer`.
         */
        public readonly string $tokenType,
        /**
         * @var int
         */
        public readonly int $expiresIn,
        /**
         * @var string|null The granted scopes, when any.
         */
        public readonly ?string $scope = null,
        /**
         * @var string|null A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
         */
        public readonly ?string $refreshToken = null,
        /**
         * @var string|null The OpenID Connect ID token, when the `openid` scope was granted.
         */
        public readonly ?string $idToken = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            accessToken: \Tessera\Models\ModelSupport::required($data, 'access_token', 'TokenResponse'),
            tokenType: \Tessera\Models\ModelSupport::required($data, 'token_type', 'TokenResponse'),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'TokenResponse'),
            scope: $data['scope'] ?? null,
            refreshToken: $data['refresh_token'] ?? null,
            idToken: $data['id_token'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['access_token'] = $this->accessToken;
        $out['token_type'] = $this->tokenType;
        $out['expires_in'] = $this->expiresIn;
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->refreshToken !== null) {
            $out['refresh_token'] = $this->refreshToken;
        }
        if ($this->idToken !== null) {
            $out['id_token'] = $this->idToken;
        }
        return $out;
    }
}

/**
 * A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
 * into an authenticator app, then confirm with a code it shows.
 */
final class TotpEnrolment
{
    public function __construct(
        /**
         * @var string The shared secret in base32 (RFC 4648, no padding), for manual entry.
         */
        public readonly string $secret,
        /**
         * @var string The `otpauth://totp/…` key URI that the QR codes encode.
         */
        public readonly string $otpauthUri,
        /**
         * @var string The QR code as a PNG `data:` URI, ready for an `<img src>`.
         */
        public readonly string $qrPng,
        /**
         * @var string The QR code as an SVG document.
         */
        public readonly string $qrSvg,
        /**
         * @var string Always `SHA1`, the algorithm every authenticator app supports.
         */
        public readonly string $algorithm,
        /**
         * @var int Digits per code (6).
         */
        public readonly int $digits,
        /**
         * @var int Seconds per time step (30).
         */
        public readonly int $period,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            secret: \Tessera\Models\ModelSupport::required($data, 'secret', 'TotpEnrolment'),
            otpauthUri: \Tessera\Models\ModelSupport::required($data, 'otpauth_uri', 'TotpEnrolment'),
            qrPng: \Tessera\Models\ModelSupport::required($data, 'qr_png', 'TotpEnrolment'),
            qrSvg: \Tessera\Models\ModelSupport::required($data, 'qr_svg', 'TotpEnrolment'),
            algorithm: \Tessera\Models\ModelSupport::required($data, 'algorithm', 'TotpEnrolment'),
            digits: \Tessera\Models\ModelSupport::required($data, 'digits', 'TotpEnrolment'),
            period: \Tessera\Models\ModelSupport::required($data, 'period', 'TotpEnrolment'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['secret'] = $this->secret;
        $out['otpauth_uri'] = $this->otpauthUri;
        $out['qr_png'] = $this->qrPng;
        $out['qr_svg'] = $this->qrSvg;
        $out['algorithm'] = $this->algorithm;
        $out['digits'] = $this->digits;
        $out['period'] = $this->period;
        return $out;
    }
}

/**
 * A user's TOTP status.
 */
final class TotpStatus
{
    public function __construct(
        /**
         * @var \Tessera\Models\TotpState
         */
        public readonly \Tessera\Models\TotpState $status,
        /**
         * @var int Unused recovery codes left.
         */
        public readonly int $recoveryCodesRemaining,
        /**
         * @var \DateTimeImmutable|null When the current authenticator's enrolment started.
         */
        public readonly ?\DateTimeImmutable $createdAt = null,
        /**
         * @var \DateTimeImmutable|null When it was confirmed (enabled).
         */
        public readonly ?\DateTimeImmutable $confirmedAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            status: \Tessera\Models\TotpState::from(\Tessera\Models\ModelSupport::required($data, 'status', 'TotpStatus')),
            recoveryCodesRemaining: \Tessera\Models\ModelSupport::required($data, 'recovery_codes_remaining', 'TotpStatus'),
            createdAt: (($data['created_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['created_at'])),
            confirmedAt: (($data['confirmed_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['confirmed_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['status'] = $this->status->value;
        $out['recovery_codes_remaining'] = $this->recoveryCodesRemaining;
        if ($this->createdAt !== null) {
            $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        }
        if ($this->confirmedAt !== null) {
            $out['confirmed_at'] = \Tessera\Models\ModelSupport::formatTime($this->confirmedAt);
        }
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
 */
final class UpdateClient
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var list<\Tessera\Models\GrantType>|null
         */
        public readonly ?array $grantTypes = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $scopes = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $audiences = null,
        /**
         * @var int|null
         */
        public readonly ?int $accessTokenTtl = null,
        /**
         * @var list<string>|null Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.
         */
        public readonly ?array $redirectUris = null,
        /**
         * @var list<string>|null Where RP-initiated logout may return users; same rules as `redirect_uris`.
         */
        public readonly ?array $postLogoutRedirectUris = null,
        /**
         * @var bool|null `true` for first-party applications whose users are never asked for consent.
         */
        public readonly ?bool $skipConsent = null,
        /**
         * @var array<string, mixed>|null The client's public keys (a JWK set) for `private_key_jwt`.
         */
        public readonly ?array $jwks = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            grantTypes: (($data['grant_types'] ?? null) === null ? null : array_map(static fn ($_v0) => \Tessera\Models\GrantType::from($_v0), $data['grant_types'])),
            scopes: $data['scopes'] ?? null,
            audiences: $data['audiences'] ?? null,
            accessTokenTtl: $data['access_token_ttl'] ?? null,
            redirectUris: $data['redirect_uris'] ?? null,
            postLogoutRedirectUris: $data['post_logout_redirect_uris'] ?? null,
            skipConsent: $data['skip_consent'] ?? null,
            jwks: $data['jwks'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->grantTypes !== null) {
            $out['grant_types'] = array_map(static fn ($_v0) => $_v0->value, $this->grantTypes);
        }
        if ($this->scopes !== null) {
            $out['scopes'] = $this->scopes;
        }
        if ($this->audiences !== null) {
            $out['audiences'] = $this->audiences;
        }
        if ($this->accessTokenTtl !== null) {
            $out['access_token_ttl'] = $this->accessTokenTtl;
        }
        if ($this->redirectUris !== null) {
            $out['redirect_uris'] = $this->redirectUris;
        }
        if ($this->postLogoutRedirectUris !== null) {
            $out['post_logout_redirect_uris'] = $this->postLogoutRedirectUris;
        }
        if ($this->skipConsent !== null) {
            $out['skip_consent'] = $this->skipConsent;
        }
        if ($this->jwks !== null) {
            $out['jwks'] = \Tessera\Models\ModelSupport::object($this->jwks);
        }
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
 */
final class UpdateMember
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $role,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'UpdateMember'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['role'] = $this->role;
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
 */
final class UpdateOAuthSettings
{
    public function __construct(
        /**
         * @var bool|null
         */
        public readonly ?bool $dynamicClientRegistration = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            dynamicClientRegistration: $data['dynamic_client_registration'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->dynamicClientRegistration !== null) {
            $out['dynamic_client_registration'] = $this->dynamicClientRegistration;
        }
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
 * present change; the slug cannot.
 */
final class UpdateOrganization
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null An empty string removes the logo.
         */
        public readonly ?string $logoUrl = null,
        /**
         * @var array<string, mixed>|null Replaces the whole metadata object.
         */
        public readonly ?array $metadata = null,
        /**
         * @var \Tessera\Models\OrganizationPolicies|null Replaces every policy.
         */
        public readonly ?\Tessera\Models\OrganizationPolicies $policies = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            logoUrl: $data['logo_url'] ?? null,
            metadata: $data['metadata'] ?? null,
            policies: (($data['policies'] ?? null) === null ? null : \Tessera\Models\OrganizationPolicies::fromArray($data['policies'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->logoUrl !== null) {
            $out['logo_url'] = $this->logoUrl;
        }
        if ($this->metadata !== null) {
            $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        }
        if ($this->policies !== null) {
            $out['policies'] = $this->policies->toArray();
        }
        return $out;
    }
}

/**
 * Body of `PATCH …/domains/{domain}`.
 */
final class UpdateOrganizationDomain
{
    public function __construct(
        /**
         * @var bool
         */
        public readonly bool $autoJoin,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            autoJoin: \Tessera\Models\ModelSupport::required($data, 'auto_join', 'UpdateOrganizationDomain'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['auto_join'] = $this->autoJoin;
        return $out;
    }
}

/**
 * Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
 */
final class UpdateProfile
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null
         */
        public readonly ?string $picture = null,
        /**
         * @var string|null
         */
        public readonly ?string $locale = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            picture: $data['picture'] ?? null,
            locale: $data['locale'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->picture !== null) {
            $out['picture'] = $this->picture;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
 */
final class UpdateResource
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $scopes = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            scopes: $data['scopes'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->scopes !== null) {
            $out['scopes'] = $this->scopes;
        }
        return $out;
    }
}

/**
 * Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
 * permissions may be changed (except `owner`'s), not its name.
 */
final class UpdateRole
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null
         */
        public readonly ?string $description = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $permissions = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            description: $data['description'] ?? null,
            permissions: $data['permissions'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->description !== null) {
            $out['description'] = $this->description;
        }
        if ($this->permissions !== null) {
            $out['permissions'] = $this->permissions;
        }
        return $out;
    }
}

/**
 * Body of `PATCH …/service-accounts/{service_account}`: its new role.
 */
final class UpdateServiceAccount
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $role,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            role: \Tessera\Models\ModelSupport::required($data, 'role', 'UpdateServiceAccount'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['role'] = $this->role;
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
 */
final class UpdateTenant
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var \Tessera\Models\SigningAlg|null Changing it creates a key for the new algorithm and retires the old primary key with the usual overlap window.
         */
        public readonly ?\Tessera\Models\SigningAlg $signingAlg = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $allowedOrigins = null,
        /**
         * @var \Tessera\Models\SignupMode|null
         */
        public readonly ?\Tessera\Models\SignupMode $signupMode = null,
        /**
         * @var list<string>|null Lowercase domains such as `example.com`, at most 100; subdomains are included. Required (non-empty) for `domain_allowlist`.
         */
        public readonly ?array $signupAllowedDomains = null,
        /**
         * @var bool|null
         */
        public readonly ?bool $blockDisposableEmails = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
            signingAlg: (($data['signing_alg'] ?? null) === null ? null : \Tessera\Models\SigningAlg::from($data['signing_alg'])),
            allowedOrigins: $data['allowed_origins'] ?? null,
            signupMode: (($data['signup_mode'] ?? null) === null ? null : \Tessera\Models\SignupMode::from($data['signup_mode'])),
            signupAllowedDomains: $data['signup_allowed_domains'] ?? null,
            blockDisposableEmails: $data['block_disposable_emails'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->signingAlg !== null) {
            $out['signing_alg'] = $this->signingAlg->value;
        }
        if ($this->allowedOrigins !== null) {
            $out['allowed_origins'] = $this->allowedOrigins;
        }
        if ($this->signupMode !== null) {
            $out['signup_mode'] = $this->signupMode->value;
        }
        if ($this->signupAllowedDomains !== null) {
            $out['signup_allowed_domains'] = $this->signupAllowedDomains;
        }
        if ($this->blockDisposableEmails !== null) {
            $out['block_disposable_emails'] = $this->blockDisposableEmails;
        }
        return $out;
    }
}

/**
 * Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
 */
final class UpdateUser
{
    public function __construct(
        /**
         * @var string|null Changing the email marks it unverified unless `email_verified` is also sent.
         */
        public readonly ?string $email = null,
        /**
         * @var string|null Sets a new password; every session of the user is revoked.
         */
        public readonly ?string $password = null,
        /**
         * @var bool|null
         */
        public readonly ?bool $emailVerified = null,
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null
         */
        public readonly ?string $picture = null,
        /**
         * @var string|null
         */
        public readonly ?string $locale = null,
        /**
         * @var array<string, mixed>|null Replaces the whole metadata object.
         */
        public readonly ?array $metadata = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            email: $data['email'] ?? null,
            password: $data['password'] ?? null,
            emailVerified: $data['email_verified'] ?? null,
            name: $data['name'] ?? null,
            picture: $data['picture'] ?? null,
            locale: $data['locale'] ?? null,
            metadata: $data['metadata'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->email !== null) {
            $out['email'] = $this->email;
        }
        if ($this->password !== null) {
            $out['password'] = $this->password;
        }
        if ($this->emailVerified !== null) {
            $out['email_verified'] = $this->emailVerified;
        }
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->picture !== null) {
            $out['picture'] = $this->picture;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        if ($this->metadata !== null) {
            $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        }
        return $out;
    }
}

/**
 * Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
 */
final class UpdateWebauthnSettings
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $rpId = null,
        /**
         * @var string|null
         */
        public readonly ?string $rpName = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $origins = null,
        /**
         * @var \Tessera\Models\AttestationConveyance|null
         */
        public readonly ?\Tessera\Models\AttestationConveyance $attestation = null,
        /**
         * @var list<string>|null
         */
        public readonly ?array $allowedFormats = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            rpId: $data['rp_id'] ?? null,
            rpName: $data['rp_name'] ?? null,
            origins: $data['origins'] ?? null,
            attestation: (($data['attestation'] ?? null) === null ? null : \Tessera\Models\AttestationConveyance::from($data['attestation'])),
            allowedFormats: $data['allowed_formats'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->rpId !== null) {
            $out['rp_id'] = $this->rpId;
        }
        if ($this->rpName !== null) {
            $out['rp_name'] = $this->rpName;
        }
        if ($this->origins !== null) {
            $out['origins'] = $this->origins;
        }
        if ($this->attestation !== null) {
            $out['attestation'] = $this->attestation->value;
        }
        if ($this->allowedFormats !== null) {
            $out['allowed_formats'] = $this->allowedFormats;
        }
        return $out;
    }
}

/**
 * An end user of a tenant.
 */
final class User
{
    public function __construct(
        /**
         * @var string Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
         */
        public readonly string $id,
        /**
         * @var string Normalised (trimmed, lowercase), unique within the tenant.
         */
        public readonly string $email,
        /**
         * @var bool
         */
        public readonly bool $emailVerified,
        /**
         * @var array<string, mixed> Free-form JSON object for the application's own data (at most 16 KiB).
         */
        public readonly array $metadata,
        /**
         * @var bool Whether the user has a password (the hash itself is never returned).
         */
        public readonly bool $hasPassword,
        /**
         * @var bool Disabled users cannot sign in; disabling revokes every session.
         */
        public readonly bool $disabled,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $createdAt,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $updatedAt,
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
        /**
         * @var string|null URL of a profile picture.
         */
        public readonly ?string $picture = null,
        /**
         * @var string|null BCP 47 language tag, such as `en-GB`.
         */
        public readonly ?string $locale = null,
        /**
         * @var \DateTimeImmutable|null
         */
        public readonly ?\DateTimeImmutable $lastLoginAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'User'),
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'User'),
            emailVerified: \Tessera\Models\ModelSupport::required($data, 'email_verified', 'User'),
            metadata: \Tessera\Models\ModelSupport::required($data, 'metadata', 'User'),
            hasPassword: \Tessera\Models\ModelSupport::required($data, 'has_password', 'User'),
            disabled: \Tessera\Models\ModelSupport::required($data, 'disabled', 'User'),
            createdAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'created_at', 'User')),
            updatedAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'updated_at', 'User')),
            name: $data['name'] ?? null,
            picture: $data['picture'] ?? null,
            locale: $data['locale'] ?? null,
            lastLoginAt: (($data['last_login_at'] ?? null) === null ? null : \Tessera\Models\ModelSupport::time($data['last_login_at'])),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['email'] = $this->email;
        $out['email_verified'] = $this->emailVerified;
        $out['metadata'] = \Tessera\Models\ModelSupport::object($this->metadata);
        $out['has_password'] = $this->hasPassword;
        $out['disabled'] = $this->disabled;
        $out['created_at'] = \Tessera\Models\ModelSupport::formatTime($this->createdAt);
        $out['updated_at'] = \Tessera\Models\ModelSupport::formatTime($this->updatedAt);
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->picture !== null) {
            $out['picture'] = $this->picture;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        if ($this->lastLoginAt !== null) {
            $out['last_login_at'] = \Tessera\Models\ModelSupport::formatTime($this->lastLoginAt);
        }
        return $out;
    }
}

/**
 * The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
 */
final class UserInfo
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $sub,
        /**
         * @var string|null With the `email` scope.
         */
        public readonly ?string $email = null,
        /**
         * @var bool|null
         */
        public readonly ?bool $emailVerified = null,
        /**
         * @var string|null With the `profile` scope.
         */
        public readonly ?string $name = null,
        /**
         * @var string|null
         */
        public readonly ?string $picture = null,
        /**
         * @var string|null
         */
        public readonly ?string $locale = null,
        /**
         * @var int|null Seconds since the epoch.
         */
        public readonly ?int $updatedAt = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            sub: \Tessera\Models\ModelSupport::required($data, 'sub', 'UserInfo'),
            email: $data['email'] ?? null,
            emailVerified: $data['email_verified'] ?? null,
            name: $data['name'] ?? null,
            picture: $data['picture'] ?? null,
            locale: $data['locale'] ?? null,
            updatedAt: $data['updated_at'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['sub'] = $this->sub;
        if ($this->email !== null) {
            $out['email'] = $this->email;
        }
        if ($this->emailVerified !== null) {
            $out['email_verified'] = $this->emailVerified;
        }
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        if ($this->picture !== null) {
            $out['picture'] = $this->picture;
        }
        if ($this->locale !== null) {
            $out['locale'] = $this->locale;
        }
        if ($this->updatedAt !== null) {
            $out['updated_at'] = $this->updatedAt;
        }
        return $out;
    }
}

/**
 * One page of users, in creation order.
 */
final class UserList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\User>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\User::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'UserList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
 */
final class VerificationEmailSent
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $userId,
        /**
         * @var string Where the message went.
         */
        public readonly string $email,
        /**
         * @var \DateTimeImmutable When the link stops working.
         */
        public readonly \DateTimeImmutable $expiresAt,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            userId: \Tessera\Models\ModelSupport::required($data, 'user_id', 'VerificationEmailSent'),
            email: \Tessera\Models\ModelSupport::required($data, 'email', 'VerificationEmailSent'),
            expiresAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'expires_at', 'VerificationEmailSent')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['user_id'] = $this->userId;
        $out['email'] = $this->email;
        $out['expires_at'] = \Tessera\Models\ModelSupport::formatTime($this->expiresAt);
        return $out;
    }
}

/**
 * Body of `POST /t/{tenant}/auth/verify-email`.
 */
final class VerifyEmailRequest
{
    public function __construct(
        /**
         * @var string The token from the verification link (`tev_…`).
         */
        public readonly string $token,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            token: \Tessera\Models\ModelSupport::required($data, 'token', 'VerifyEmailRequest'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['token'] = $this->token;
        return $out;
    }
}

/**
 * A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
 */
final class WebauthnSettings
{
    public function __construct(
        /**
         * @var string The relying-party ID: a registrable domain suffix of every origin. Defaults to the host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
         */
        public readonly string $rpId,
        /**
         * @var string The name authenticators may show. Defaults to the tenant's name.
         */
        public readonly string $rpName,
        /**
         * @var list<string> Origins that may run ceremonies. Defaults to the origin of the public URL.
         */
        public readonly array $origins,
        /**
         * @var \Tessera\Models\AttestationConveyance
         */
        public readonly \Tessera\Models\AttestationConveyance $attestation,
        /**
         * @var list<string> Attestation statement formats accepted at registration (`none`, `packed`, `tpm`, `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
         */
        public readonly array $allowedFormats,
        /**
         * @var string Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey sign-in is multi-factor on its own.
         */
        public readonly string $userVerification,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            rpId: \Tessera\Models\ModelSupport::required($data, 'rp_id', 'WebauthnSettings'),
            rpName: \Tessera\Models\ModelSupport::required($data, 'rp_name', 'WebauthnSettings'),
            origins: \Tessera\Models\ModelSupport::required($data, 'origins', 'WebauthnSettings'),
            attestation: \Tessera\Models\AttestationConveyance::from(\Tessera\Models\ModelSupport::required($data, 'attestation', 'WebauthnSettings')),
            allowedFormats: \Tessera\Models\ModelSupport::required($data, 'allowed_formats', 'WebauthnSettings'),
            userVerification: \Tessera\Models\ModelSupport::required($data, 'user_verification', 'WebauthnSettings'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['rp_id'] = $this->rpId;
        $out['rp_name'] = $this->rpName;
        $out['origins'] = $this->origins;
        $out['attestation'] = $this->attestation->value;
        $out['allowed_formats'] = $this->allowedFormats;
        $out['user_verification'] = $this->userVerification;
        return $out;
    }
}

/**
 * What a correct password leads to: session tokens, or, when the account has a second
 * factor, a challenge (`mfa_required: true`).
 */
final class LoginResponse
{
    /**
     * The first variant, in order, whose required fields are all present.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): \Tessera\Models\SessionTokens|\Tessera\Models\MfaChallenge
    {
        if (array_diff(['access_token', 'token_type', 'expires_in', 'session_id'], array_keys($data)) === []) {
            return \Tessera\Models\SessionTokens::fromArray($data);
        }
        if (array_diff(['mfa_required', 'mfa_token', 'factors', 'expires_in'], array_keys($data)) === []) {
            return \Tessera\Models\MfaChallenge::fromArray($data);
        }
        throw new \UnexpectedValueException('LoginResponse: no variant matches the keys ' . implode(', ', array_keys($data)));
    }
}
