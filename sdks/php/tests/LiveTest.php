<?php

declare(strict_types=1);

// The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
// (`cargo xtask sdk-test` starts one and sets both).

namespace Tessera\Tests;

use PHPUnit\Framework\TestCase;
use Tessera\ApiException;
use Tessera\AuthenticationException;
use Tessera\Client;
use Tessera\ClientCredentials;
use Tessera\ConflictException;
use Tessera\ErrorCodes;
use Tessera\NotFoundException;
use Tessera\RateLimitedException;
use Tessera\RequestOptions;
use Tessera\RetryEvent;
use Tessera\Models\SessionTokens;
use Tessera\Models\TokenEndpointAuthMethod;
use Tessera\UnprocessableException;
use Tessera\Models\User;

final class LiveTest extends TestCase
{
    private const PASSWORD = 'correct horse battery staple';

    private static ?Client $client = null;
    private static ?string $tenant = null;
    /** @var list<User> */
    private static array $users = [];

    public static function setUpBeforeClass(): void
    {
        $url = getenv('TESSERA_URL');
        $key = getenv('TESSERA_ADMIN_KEY');
        if (!is_string($url) || $url === '' || !is_string($key) || $key === '') {
            throw new \RuntimeException(
                'TESSERA_URL and TESSERA_ADMIN_KEY are not set: run the live scenario with `cargo xtask sdk-test`'
            );
        }
        self::$client = new Client($url, adminKey: $key);
        $slug = 'sdk-php-' . bin2hex(random_bytes(4));
        $created = self::$client->createTenant(slug: $slug, name: 'SDK PHP');
        self::$tenant = $created->slug;
        for ($i = 0; $i < 5; $i++) {
            self::$users[] = self::$client->createUser(
                $slug,
                email: "user{$i}@example.com",
                password: self::PASSWORD,
                name: "User {$i}",
            );
        }
    }

    public static function tearDownAfterClass(): void
    {
        if (self::$client !== null && self::$tenant !== null) {
            self::$client->deleteTenant(self::$tenant);
        }
    }

    private function client(): Client
    {
        return self::$client ?? throw new \LogicException('no client');
    }

    private function tenant(): string
    {
        return self::$tenant ?? throw new \LogicException('no tenant');
    }

    /** A login's session tokens; these users have no second factor, so no MFA challenge. */
    private function session(mixed $answer): SessionTokens
    {
        $this->assertInstanceOf(SessionTokens::class, $answer);
        return $answer;
    }

    private function assertRequestId(ApiException $error): void
    {
        $this->assertNotNull($error->requestId, 'every error carries the request id');
        $this->assertStringNotContainsString(' ', $error->requestId);
        $this->assertNotNull($error->problem);
        $this->assertSame($error->requestId, $error->problem->requestId);
    }

    /**
     * @template E of ApiException
     * @param class-string<E> $class
     * @return E
     */
    private function caught(string $class, callable $call): ApiException
    {
        try {
            $call();
        } catch (ApiException $error) {
            $this->assertInstanceOf($class, $error);
            return $error;
        }
        $this->fail("expected {$class}");
    }

    public function testUsersAreCreated(): void
    {
        $this->assertCount(5, self::$users);
        foreach (self::$users as $user) {
            $this->assertStringStartsWith('usr_', $user->id);
            $this->assertTrue($user->hasPassword);
            $this->assertFalse($user->disabled);
            $this->assertInstanceOf(\DateTimeImmutable::class, $user->createdAt);
        }
        $this->assertStringEndsWith('/t/' . $this->tenant(), $this->client()->getTenant($this->tenant())->issuer);
    }

    public function testPagination(): void
    {
        $first = $this->client()->listUsers($this->tenant(), limit: 2);
        $this->assertCount(2, $first->data);
        $this->assertNotNull($first->nextCursor);
        $emails = [];
        foreach ($first as $user) {
            $emails[] = $user->email;
        }
        $this->assertSame(array_map(static fn (User $u) => $u->email, self::$users), $emails);
        $sizes = [];
        foreach ($first->pages() as $page) {
            $sizes[] = count($page->data);
        }
        $this->assertSame([2, 2, 1], $sizes);
    }

    public function testLoginSessionTokenAndRefresh(): void
    {
        $client = $this->client();
        $tokens = $this->session($client->login($this->tenant(), email: 'user0@example.com', password: self::PASSWORD));
        $this->assertSame('Bearer', $tokens->tokenType);
        $me = (new Client($client->baseUrl, sessionToken: $tokens->accessToken))->getMe($this->tenant());
        $this->assertSame(self::$users[0]->id, $me->id);
        $refreshed = $client->refreshSession($this->tenant(), refreshToken: $tokens->refreshToken);
        $this->assertSame($tokens->sessionId, $refreshed->sessionId);
        $this->assertNotSame($tokens->refreshToken, $refreshed->refreshToken);
        $reused = $this->caught(
            AuthenticationException::class,
            fn () => $client->refreshSession($this->tenant(), refreshToken: $tokens->refreshToken),
        );
        $this->assertRequestId($reused);
    }

    public function testMetadataRoundTrips(): void
    {
        $user = self::$users[1];
        $updated = $this->client()->updateUser($this->tenant(), $user->id, metadata: ['plan' => 'pro', 'seats' => 3]);
        $this->assertSame(['plan' => 'pro', 'seats' => 3], $updated->metadata);
        $cleared = $this->client()->updateUser($this->tenant(), $user->id, metadata: []);
        $this->assertSame([], $cleared->metadata, 'an empty map is sent as a JSON object');
    }

    public function testNotFound(): void
    {
        $error = $this->caught(NotFoundException::class, fn () => $this->client()->getUser($this->tenant(), 'usr_doesnotexist'));
        $this->assertSame([404, 'not_found'], [$error->status, $error->errorCode]);
        $this->assertRequestId($error);
    }

    public function testConflict(): void
    {
        $error = $this->caught(
            ConflictException::class,
            fn () => $this->client()->createTenant(slug: $this->tenant(), name: 'Again'),
        );
        $this->assertSame([409, 'already_exists'], [$error->status, $error->errorCode]);
        $this->assertRequestId($error);
    }

    public function testUnprocessable(): void
    {
        $error = $this->caught(
            UnprocessableException::class,
            fn () => $this->client()->createUser($this->tenant(), email: 'not-an-email'),
        );
        $this->assertSame([422, 'validation_failed'], [$error->status, $error->errorCode]);
        $pointers = array_map(static fn ($e) => $e->pointer, $error->problem->errors ?? []);
        $this->assertContains('/email', $pointers);
        $this->assertRequestId($error);
    }

    public function testLockoutIsRateLimitedAndRetriedWhenAllowed(): void
    {
        $client = $this->client();
        $email = 'user4@example.com';
        for ($i = 0; $i < 5; $i++) {
            $wrong = $this->caught(
                AuthenticationException::class,
                fn () => $client->login($this->tenant(), email: $email, password: 'wrong password!'),
            );
            $this->assertSame('invalid_credentials', $wrong->errorCode);
        }

        // A POST is not retried by default: one attempt, the lock's Retry-After on the error.
        $events = [];
        $counting = new Client($client->baseUrl, onRetry: function (RetryEvent $event) use (&$events): void {
            $events[] = $event;
        });
        $locked = $this->caught(
            RateLimitedException::class,
            fn () => $counting->login($this->tenant(), email: $email, password: self::PASSWORD),
        );
        $this->assertSame([429, 'account_locked'], [$locked->status, $locked->errorCode]);
        $this->assertGreaterThan(0, $locked->retryAfter);
        $this->assertRequestId($locked);
        $this->assertSame([], $events);

        // Opted in, the SDK retries the 429. The lock lasts 30 s, so the wait is capped at 0.2 s
        // and an administrator unlocks the user while the SDK waits; the retried login succeeds.
        $tenant = $this->tenant();
        $userId = self::$users[4]->id;
        $retrying = new Client(
            $client->baseUrl,
            maxRetryDelay: 0.2,
            onRetry: function (RetryEvent $event) use (&$events, $client, $tenant, $userId): void {
                $events[] = $event;
                $client->unlockUser($tenant, $userId);
            },
        );
        $tokens = $this->session($retrying->login(
            $tenant,
            email: $email,
            password: self::PASSWORD,
            options: new RequestOptions(retryNonIdempotent: true),
        ));
        $this->assertSame('Bearer', $tokens->tokenType);
        $this->assertCount(1, $events);
        $this->assertInstanceOf(RateLimitedException::class, $events[0]->error);
        $this->assertEqualsWithDelta(0.2, $events[0]->delay, 1e-9);
    }

    public function testClientCredentialsAreCachedRefreshedAndAccepted(): void
    {
        $client = $this->client();
        $created = $client->createClient($this->tenant(), name: 'PHP service', scopes: ['read', 'write'], accessTokenTtl: 60);
        $this->assertNotNull($created->clientSecret);
        $now = 1000.0;
        $tokens = new ClientCredentials(
            $client,
            $this->tenant(),
            clientId: $created->id,
            clientSecret: $created->clientSecret,
            scope: 'read',
            clock: function () use (&$now): float {
                return $now;
            },
        );
        $first = $tokens->token();
        $this->assertSame($first, $tokens->token(), 'a live token is served from the cache');
        $this->assertSame("Bearer {$first}", $tokens->authorization());

        // The client registered client_secret_basic, so it introspects with HTTP Basic too.
        $basic = base64_encode("{$created->id}:{$created->clientSecret}");
        $info = $client->oauthIntrospect(
            $this->tenant(),
            token: $first,
            options: new RequestOptions(headers: ['authorization' => "Basic {$basic}"]),
        );
        $this->assertTrue($info->active);
        $this->assertSame($created->id, $info->clientId);
        $this->assertSame('read', $info->scope);

        // 60 s tokens are refreshed after half their lifetime.
        $now += 31;
        $second = $tokens->token();
        $this->assertNotSame($first, $second);
        $tokens->invalidate();
        $this->assertNotSame($second, $tokens->token());

        // A client registered for client_secret_post gets its tokens that way; a wrong secret
        // is the token endpoint's typed 401.
        $poster = $client->createClient($this->tenant(), name: 'PHP poster', tokenEndpointAuthMethod: TokenEndpointAuthMethod::CLIENT_SECRET_POST);
        $post = new ClientCredentials($client, $this->tenant(), clientId: $poster->id, clientSecret: (string) $poster->clientSecret, authMethod: 'client_secret_post');
        $this->assertNotSame('', $post->token());
        $wrong = new ClientCredentials($client, $this->tenant(), clientId: $created->id, clientSecret: 'tss_wrong');
        $error = $this->caught(AuthenticationException::class, fn () => $wrong->token());
        $this->assertSame([401, 'invalid_client'], [$error->status, $error->errorCode]);
    }

    public function testErrorCodesMatchTheServer(): void
    {
        $spec = $this->client()->getOpenApi();
        $this->assertSame($spec['components']['schemas']['ErrorCode']['enum'], ErrorCodes::ALL);
    }
}
