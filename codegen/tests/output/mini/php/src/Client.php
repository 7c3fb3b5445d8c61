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
     * @param string|null $apiKey 
     * @param string|null $userToken 
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
        ?string $apiKey = null,
        ?string $userToken = null,
        float $timeout = self::DEFAULT_TIMEOUT,
        int $maxRetries = self::DEFAULT_MAX_RETRIES,
        float $maxRetryDelay = self::DEFAULT_MAX_RETRY_DELAY,
        array $defaultHeaders = [],
        ?\Closure $onRetry = null,
    ) {
        parent::__construct(
            $baseUrl,
            ['apiKey' => $apiKey, 'userToken' => $userToken],
            $timeout,
            $maxRetries,
            $maxRetryDelay,
            $defaultHeaders,
            $onRetry,
        );
    }

    /**
     * List pets.
     *
     * Returns the first page; iterating it yields every \Tessera\Models\Pet across pages.
     *
     * @param \Tessera\Models\PetKind|null $kind
     * @param int|null $limit
     * @param string|null $cursor
     * @param RequestOptions|null $options Per-call settings.
     * @return Page<\Tessera\Models\Pet>
     * @throws UnprocessableException 422 Bad limit
     */
    public function listPets(?\Tessera\Models\PetKind $kind = null, ?int $limit = null, ?string $cursor = null, ?RequestOptions $options = null): Page
    {
        $_fetch = function (?string $_cursor) use ($kind, $limit, $cursor, $options): array {
            $_page = \Tessera\Models\PetList::fromArray($this->request('GET', '/pets', query: ['kind' => $kind, 'limit' => $limit, 'cursor' => $_cursor], auth: ['api_key'], expect: 'json', options: $options));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, $cursor);
    }

    /**
     * Add a pet.
     *
     * @param string $name
     * @param \Tessera\Models\PetKind $kind
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Pet
     * @throws ConflictException 409 Taken
     */
    public function createPet(string $name, \Tessera\Models\PetKind $kind, ?RequestOptions $options = null): \Tessera\Models\Pet
    {
        $_data = $this->request('POST', '/pets', json: self::body(['name' => $name, 'kind' => ($kind === null ? null : $kind->value)]), auth: ['api_key', 'user_token'], expect: 'json', options: $options);
        return \Tessera\Models\Pet::fromArray($_data);
    }

    /**
     * Remove a pet.
     *
     * @param string $petId
     * @param RequestOptions|null $options Per-call settings.
     * @return void
     */
    public function deletePet(string $petId, ?RequestOptions $options = null): void
    {
        $this->request('DELETE', '/pets/' . self::path((string) $petId), expect: 'empty', options: $options);
    }

    /**
     * Rename a pet.
     *
     * An empty body changes nothing.
     *
     * @param string $petId
     * @param string|null $name
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Pet
     */
    public function renamePet(string $petId, ?string $name = null, ?RequestOptions $options = null): \Tessera\Models\Pet
    {
        $_data = $this->request('PATCH', '/pets/' . self::path((string) $petId), json: self::body(['name' => $name], true), expect: 'json', options: $options);
        return \Tessera\Models\Pet::fromArray($_data);
    }

    /**
     * Get a token.
     *
     * @param string $tenant
     * @param string $grantType
     * @param string|null $scope
     * @param string|null $resource
     * @param string|null $clientId
     * @param string|null $clientSecret
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\TokenAnswer
     */
    public function getToken(string $tenant, string $grantType, ?string $scope = null, ?string $resource = null, ?string $clientId = null, ?string $clientSecret = null, ?RequestOptions $options = null): \Tessera\Models\TokenAnswer
    {
        $_data = $this->request('POST', '/t/' . self::path((string) $tenant) . '/oauth/token', form: self::body(['grant_type' => $grantType, 'scope' => $scope, 'resource' => $resource, 'client_id' => $clientId, 'client_secret' => $clientSecret]), expect: 'json', options: $options);
        return \Tessera\Models\TokenAnswer::fromArray($_data);
    }

    /**
     * Adopt a pet, or be told to wait.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return \Tessera\Models\Pet|\Tessera\Models\Waiting
     */
    public function adopt(?RequestOptions $options = null): \Tessera\Models\Pet|\Tessera\Models\Waiting
    {
        $_data = $this->request('POST', '/adopt', expect: 'json', options: $options);
        return \Tessera\Models\Adoption::fromArray($_data);
    }

    /**
     * Export.
     *
     * @param RequestOptions|null $options Per-call settings.
     * @return string
     */
    public function exportPets(?RequestOptions $options = null): string
    {
        $_data = $this->request('GET', '/export', expect: 'text', options: $options);
        return (string) $_data;
    }
}
