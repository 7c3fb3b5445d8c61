<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera;

/**
 * A cached client-credentials token and when, on the helper's clock, it stops being used.
 */
final class AccessToken
{
    public function __construct(
        public readonly string $value,
        public readonly ?string $scope,
        /** Clock reading (seconds) after which the helper fetches a new token. */
        public readonly float $expiresAt,
    ) {
    }
}

/**
 * Access tokens for a confidential client (OAuth 2.0 client credentials, RFC 6749 section
 * 4.4), fetched from its tenant's token endpoint and cached until shortly before they expire.
 *
 *     $tokens = new ClientCredentials($client, 'acme', clientId: 'cli_...', clientSecret: 'tss_...');
 *     $headers = ['authorization' => $tokens->authorization()];
 */
final class ClientCredentials
{
    public const DEFAULT_REFRESH_BEFORE = 30.0;

    private ?AccessToken $cached = null;
    /** @var \Closure(): float */
    private readonly \Closure $clock;

    /**
     * @param Client $client The client whose base URL, timeouts, retries and user agent the
     *     token requests use; it needs no credential of its own.
     * @param string $tenant The tenant (slug) that registered the client.
     * @param string|null $scope Space-separated scopes to ask for; all the client's scopes
     *     when null.
     * @param string|null $resource The API the token is for (RFC 8707), which becomes its aud.
     * @param string $authMethod client_secret_basic (the default) or client_secret_post, as
     *     registered.
     * @param float $refreshBefore Seconds before expiry at which a new token is fetched.
     * @param (\Closure(): float)|null $clock Seconds on a monotonic clock; tests pass their own.
     */
    public function __construct(
        private readonly Client $client,
        private readonly string $tenant,
        private readonly string $clientId,
        private readonly string $clientSecret,
        private readonly ?string $scope = null,
        private readonly ?string $resource = null,
        private readonly string $authMethod = 'client_secret_basic',
        private readonly float $refreshBefore = self::DEFAULT_REFRESH_BEFORE,
        ?\Closure $clock = null,
    ) {
        if ($clientId === '' || $clientSecret === '') {
            throw new \InvalidArgumentException('client credentials need a client id and a client secret');
        }
        if (!in_array($authMethod, ['client_secret_basic', 'client_secret_post'], true)) {
            throw new \InvalidArgumentException(
                "unsupported authMethod {$authMethod}: use client_secret_basic or client_secret_post"
            );
        }
        $this->clock = $clock ?? static fn (): float => hrtime(true) / 1e9;
    }

    /**
     * A valid access token: the cached one, or a new one when it is about to expire. Throws
     * the client's exceptions (AuthenticationException for a wrong secret,
     * BadRequestException for a scope or resource the client may not have).
     */
    public function token(): string
    {
        return $this->accessToken()->value;
    }

    /** Like token(), with the granted scope and the refresh time. */
    public function accessToken(): AccessToken
    {
        if ($this->cached !== null && ($this->clock)() < $this->cached->expiresAt) {
            return $this->cached;
        }
        $headers = [];
        $clientId = null;
        $clientSecret = null;
        if ($this->authMethod === 'client_secret_post') {
            $clientId = $this->clientId;
            $clientSecret = $this->clientSecret;
        } else {
            // RFC 6749 section 2.3.1: both parts form-encoded before the Basic encoding.
            $pair = urlencode($this->clientId) . ':' . urlencode($this->clientSecret);
            $headers['authorization'] = 'Basic ' . base64_encode($pair);
        }
        $askedAt = ($this->clock)();
        $answer = $this->client->getToken(
            $this->tenant,
            grantType: 'client_credentials',
            scope: $this->scope,
            resource: $this->resource,
            clientId: $clientId,
            clientSecret: $clientSecret,
            options: new RequestOptions(headers: $headers),
        );
        // Refresh ahead of expiry, but never sooner than half the lifetime, so a short-lived
        // token is not fetched again on every call.
        $margin = min($this->refreshBefore, $answer->expiresIn / 2);
        $this->cached = new AccessToken($answer->accessToken, $answer->scope, $askedAt + $answer->expiresIn - $margin);
        return $this->cached;
    }

    /** The Authorization header value, "Bearer <token>". */
    public function authorization(): string
    {
        return 'Bearer ' . $this->token();
    }

    /** Forgets the cached token, so the next call fetches a new one (after a 401, say). */
    public function invalidate(): void
    {
        $this->cached = null;
    }
}
