<?php

declare(strict_types=1);

namespace Tessera;

/**
 * Per-call settings, the last argument of every operation.
 */
final class RequestOptions
{
    /**
     * @param float|null $timeout Seconds to wait for each attempt's response.
     * @param int|null $maxRetries Overrides the client's maxRetries for this call.
     * @param bool $retryNonIdempotent Also retry a POST or PATCH. Off by default: a retried
     *     POST may act twice.
     * @param array<string, string> $headers Extra headers for this call.
     */
    public function __construct(
        public readonly ?float $timeout = null,
        public readonly ?int $maxRetries = null,
        public readonly bool $retryNonIdempotent = false,
        public readonly array $headers = [],
    ) {
    }
}

/**
 * What onRetry is told before each retry.
 */
final class RetryEvent
{
    /**
     * @param int $attempt 1 for the first retry.
     * @param float $delay Seconds until the retry.
     * @param ApiException|ConnectionException $error Why the previous attempt failed.
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly int $attempt,
        public readonly float $delay,
        public readonly ApiException|ConnectionException $error,
    ) {
    }
}

/**
 * The HTTP engine: URLs, auth, timeouts, retries and error mapping, over ext-curl.
 * Operations live in Client, its subclass.
 */
abstract class BaseClient
{
    /** Security scheme => [credential option, header, value prefix]. */
    private const SECURITY_SCHEMES = [
{%- for s in schemes %}
        {{ s.name }} => [{{ s.option_literal }}, {{ s.header }}, {{ s.prefix }}],
{%- endfor %}
    ];
    private const IDEMPOTENT = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];
    public const DEFAULT_TIMEOUT = 60.0;
    public const DEFAULT_MAX_RETRIES = 2;
    public const DEFAULT_MAX_RETRY_DELAY = 60.0;
    private const INITIAL_RETRY_DELAY = 0.5;
    private const MAX_BACKOFF = 8.0;

    /** The server's base URL, without a trailing slash. */
    public readonly string $baseUrl;
    /** @var array<string, string> */
    private readonly array $defaultHeaders;

    /**
     * @param array<string, string|null> $credentials
     * @param array<string, string> $defaultHeaders
     * @param (\Closure(RetryEvent): void)|null $onRetry
     */
    protected function __construct(
        string $baseUrl,
        private readonly array $credentials,
        private readonly float $timeout,
        private readonly int $maxRetries,
        private readonly float $maxRetryDelay,
        array $defaultHeaders,
        private readonly ?\Closure $onRetry,
    ) {
        if ($baseUrl === '') {
            throw new \InvalidArgumentException('the client needs a base URL');
        }
        $this->baseUrl = rtrim($baseUrl, '/');
        $lower = [];
        foreach ($defaultHeaders as $name => $value) {
            $lower[strtolower($name)] = $value;
        }
        $this->defaultHeaders = $lower;
    }

    /** Whether a status is worth another attempt: 408, 429 and 5xx. */
    public static function isRetryableStatus(int $status): bool
    {
        return $status === 408 || $status === 429 || $status >= 500;
    }

    /**
     * Seconds before retry number $attempt (1-based): Retry-After when the server sent one,
     * else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
     */
    public static function retryDelay(int $attempt, ?float $retryAfter, float $maxRetryDelay): float
    {
        if ($retryAfter !== null) {
            return min($retryAfter, $maxRetryDelay);
        }
        $backoff = min(self::INITIAL_RETRY_DELAY * 2 ** ($attempt - 1), self::MAX_BACKOFF);
        return min($backoff * (1 - mt_rand() / mt_getrandmax() * 0.25), $maxRetryDelay);
    }

    /** A path parameter, percent-encoded. */
    protected static function path(string $value): string
    {
        return rawurlencode($value);
    }

    /**
     * A request body from named arguments: null ones are left out.
     *
     * @param array<string, mixed> $fields
     * @return array<string, mixed>|null
     */
    protected static function body(array $fields, bool $optional = false): ?array
    {
        $out = array_filter($fields, static fn ($v) => $v !== null);
        return $optional && $out === [] ? null : $out;
    }

    /**
     * Sends one call, with retries, and decodes its answer.
     *
     * @param array<string, mixed> $query
     * @param array<string, mixed>|null $form
     * @param list<string> $auth
     */
    protected function request(
        string $method,
        string $path,
        array $query = [],
        mixed $json = null,
        ?array $form = null,
        array $auth = [],
        string $expect = 'json',
        ?RequestOptions $options = null,
    ): mixed {
        $options ??= new RequestOptions();
        $url = $this->baseUrl . $path;
        $pairs = [];
        foreach ($query as $name => $value) {
            if ($value !== null) {
                $pairs[$name] = self::scalar($value);
            }
        }
        if ($pairs !== []) {
            $url .= '?' . http_build_query($pairs, '', '&', PHP_QUERY_RFC3986);
        }
        [$headers, $body] = $this->prepare($auth, $expect, $json, $form, $options);
        $timeout = $options->timeout ?? $this->timeout;
        $retryable = in_array($method, self::IDEMPOTENT, true) || $options->retryNonIdempotent;
        $maxRetries = $options->maxRetries ?? $this->maxRetries;
        for ($attempt = 0; ; $attempt++) {
            $retryAfter = null;
            try {
                [$status, $answerHeaders, $answer] = $this->sendOnce($method, $url, $headers, $body, $timeout);
                if ($status >= 200 && $status < 300) {
                    return self::decode($answer, $expect);
                }
                $error = ApiException::fromResponse($status, $answerHeaders, $answer);
                if (!self::isRetryableStatus($status)) {
                    throw $error;
                }
                $retryAfter = $error->retryAfter;
            } catch (ConnectionException $caught) {
                $error = $caught;
            }
            if (!$retryable || $attempt >= $maxRetries) {
                throw $error;
            }
            $delay = self::retryDelay($attempt + 1, $retryAfter, $this->maxRetryDelay);
            if ($this->onRetry !== null) {
                ($this->onRetry)(new RetryEvent($method, $path, $attempt + 1, $delay, $error));
            }
            usleep((int) round($delay * 1_000_000));
        }
    }

    /**
     * @param list<string> $auth
     * @param array<string, mixed>|null $form
     * @return array{0: array<string, string>, 1: string|null}
     */
    private function prepare(array $auth, string $expect, mixed $json, ?array $form, RequestOptions $options): array
    {
        $headers = [
            'accept' => $expect === 'json' ? 'application/json, application/problem+json' : '*/*',
            'user-agent' => 'tessera-php/' . Version::VERSION,
        ] + [];
        foreach ($this->defaultHeaders as $name => $value) {
            $headers[$name] = $value;
        }
        foreach ($auth as $scheme) {
            $known = self::SECURITY_SCHEMES[$scheme] ?? null;
            $credential = $known === null ? null : ($this->credentials[$known[0]] ?? null);
            if ($known !== null && $credential !== null && $credential !== '') {
                $headers[$known[1]] = $known[2] . $credential;
                break;
            }
        }
        $body = null;
        if ($form !== null) {
            $fields = [];
            foreach ($form as $name => $value) {
                if ($value !== null) {
                    $fields[$name] = self::scalar($value);
                }
            }
            $body = http_build_query($fields, '', '&');
            $headers['content-type'] = 'application/x-www-form-urlencoded';
        } elseif ($json !== null) {
            $body = json_encode($json, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
            $headers['content-type'] = 'application/json';
        }
        foreach ($options->headers as $name => $value) {
            $headers[strtolower($name)] = $value;
        }
        return [$headers, $body];
    }

    /**
     * One attempt: [status, headers, body], or ConnectionException / TimeoutException.
     *
     * @param array<string, string> $headers
     * @return array{0: int, 1: array<string, string>, 2: string}
     */
    private function sendOnce(string $method, string $url, array $headers, ?string $body, float $timeout): array
    {
        $handle = curl_init($url);
        if ($handle === false) {
            throw new ConnectionException("{$method} {$url}: curl could not start");
        }
        $lines = ['Expect:'];
        foreach ($headers as $name => $value) {
            $lines[] = "{$name}: {$value}";
        }
        $answerHeaders = [];
        curl_setopt_array($handle, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_TIMEOUT_MS => (int) ceil($timeout * 1000),
            CURLOPT_NOBODY => $method === 'HEAD',
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$answerHeaders): int {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $answerHeaders[strtolower(trim($parts[0]))] = trim($parts[1]);
                }
                return strlen($line);
            },
        ]);
        if ($body !== null) {
            curl_setopt($handle, CURLOPT_POSTFIELDS, $body);
        }
        $answer = curl_exec($handle);
        if (!is_string($answer)) {
            $code = curl_errno($handle);
            $message = curl_error($handle);
            curl_close($handle);
            $where = "{$method} " . (parse_url($url, PHP_URL_PATH) ?: $url);
            if ($code === CURLE_OPERATION_TIMEDOUT) {
                throw new TimeoutException("{$where}: no response within {$timeout} s");
            }
            throw new ConnectionException("{$where}: {$message}");
        }
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        curl_close($handle);
        return [$status, $answerHeaders, $answer];
    }

    private static function decode(string $text, string $expect): mixed
    {
        return match ($expect) {
            'empty' => null,
            'text' => $text,
            default => $text === '' ? null : json_decode($text, true, 512, JSON_THROW_ON_ERROR),
        };
    }

    private static function scalar(mixed $value): string
    {
        return match (true) {
            $value === true => 'true',
            $value === false => 'false',
            $value instanceof \DateTimeInterface => $value->format(\DATE_RFC3339_EXTENDED),
            $value instanceof \BackedEnum => (string) $value->value,
            default => (string) $value,
        };
    }
}
