<?php

declare(strict_types=1);

// Unit tests of the runtime that need no server.

namespace Tessera\Tests;

use PHPUnit\Framework\TestCase;
use Tessera\ApiException;
use Tessera\BaseClient;
use Tessera\Client;
use Tessera\ConnectionException;
use Tessera\RetryEvent;
use Tessera\TimeoutException;
use Tessera\Models\ErrorCode;
use Tessera\InternalServerException;
use Tessera\NotFoundException;
use Tessera\Models\User;

final class UnitTest extends TestCase
{
    public function testRetryDelayPrefersRetryAfterCapped(): void
    {
        $this->assertSame(3.0, BaseClient::retryDelay(1, 3.0, 60.0));
        $this->assertSame(0.2, BaseClient::retryDelay(1, 30.0, 0.2));
        for ($i = 0; $i < 10; $i++) {
            $delay = BaseClient::retryDelay(2, null, 60.0);
            $this->assertGreaterThanOrEqual(0.75, $delay);
            $this->assertLessThanOrEqual(1.0, $delay);
        }
        $this->assertLessThanOrEqual(8.0, BaseClient::retryDelay(10, null, 60.0));
    }

    public function testRetryableStatuses(): void
    {
        foreach ([408, 429, 500, 503] as $status) {
            $this->assertTrue(BaseClient::isRetryableStatus($status));
        }
        foreach ([400, 401, 404, 409, 422] as $status) {
            $this->assertFalse(BaseClient::isRetryableStatus($status));
        }
    }

    public function testErrorsByStatusWithProblemFields(): void
    {
        $body = '{"type":"about:blank","title":"Not Found","status":404,"code":"not_found","detail":"no such user","request_id":"r1"}';
        $error = ApiException::fromResponse(404, ['x-request-id' => 'r1'], $body);
        $this->assertInstanceOf(NotFoundException::class, $error);
        $this->assertSame(['not_found', 'no such user', 'r1'], [$error->errorCode, $error->detail, $error->requestId]);
        $this->assertInstanceOf(InternalServerException::class, ApiException::fromResponse(502, [], ''));
        $oauth = ApiException::fromResponse(401, [], '{"error":"invalid_client","error_description":"bad secret"}');
        $this->assertSame(['invalid_client', 'bad secret'], [$oauth->errorCode, $oauth->detail]);
    }

    public function testRetryAfterAsSecondsOrDate(): void
    {
        $this->assertSame(7.0, ApiException::parseRetryAfter('7'));
        $this->assertNull(ApiException::parseRetryAfter('soon'));
        $later = ApiException::parseRetryAfter(gmdate('D, d M Y H:i:s \G\M\T', time() + 120));
        $this->assertEqualsWithDelta(120, $later, 2);
    }

    public function testModelsRoundTrip(): void
    {
        $user = User::fromArray([
            'id' => 'usr_1', 'email' => 'a@example.com', 'email_verified' => false, 'disabled' => false,
            'has_password' => true, 'metadata' => [], 'created_at' => '2026-11-23T00:00:00Z',
            'updated_at' => '2026-11-23T00:00:00Z',
        ]);
        $this->assertSame('2026-11-23', $user->createdAt->format('Y-m-d'));
        $again = User::fromArray(json_decode(json_encode($user->toArray()), true));
        $this->assertEquals($user, $again);
        $this->assertSame('{}', json_encode($user->toArray()['metadata']), 'an empty map stays a JSON object');
        $this->expectException(\UnexpectedValueException::class);
        User::fromArray(['id' => 'usr_1']);
    }

    public function testEnumsAreBacked(): void
    {
        $this->assertSame('not_found', ErrorCode::NOT_FOUND->value);
        $this->assertSame(ErrorCode::NOT_FOUND, ErrorCode::from('not_found'));
    }

    public function testConnectionFailuresAreRetriedForGetThenThrown(): void
    {
        $server = stream_socket_server('tcp://127.0.0.1:0');
        $this->assertNotFalse($server);
        $port = (int) substr(strrchr((string) stream_socket_get_name($server, false), ':'), 1);
        fclose($server);
        $events = [];
        $client = new Client("http://127.0.0.1:{$port}", adminKey: 'tsk_x', maxRetryDelay: 0.01, onRetry: function (RetryEvent $e) use (&$events): void {
            $events[] = $e;
        });
        try {
            $client->listTenants();
            $this->fail('expected ConnectionException');
        } catch (ConnectionException $error) {
            $this->assertNotInstanceOf(TimeoutException::class, $error);
        }
        $this->assertSame([1, 2], array_map(static fn (RetryEvent $e) => $e->attempt, $events));
    }

    public function testASilentServerTimesOut(): void
    {
        // Accepted by the kernel's backlog, never answered.
        $server = stream_socket_server('tcp://127.0.0.1:0');
        $this->assertNotFalse($server);
        $name = (string) stream_socket_get_name($server, false);
        $client = new Client("http://{$name}", timeout: 0.2, maxRetries: 0);
        try {
            $this->expectException(TimeoutException::class);
            $client->listTenants();
        } finally {
            fclose($server);
        }
    }
}
