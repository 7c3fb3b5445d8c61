<?php

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
{%- for s in schemes %}
     * @param string|null ${{ s.option }} {{ s.doc }}
{%- endfor %}
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
{%- for s in schemes %}
        ?string ${{ s.option }} = null,
{%- endfor %}
        float $timeout = self::DEFAULT_TIMEOUT,
        int $maxRetries = self::DEFAULT_MAX_RETRIES,
        float $maxRetryDelay = self::DEFAULT_MAX_RETRY_DELAY,
        array $defaultHeaders = [],
        ?\Closure $onRetry = null,
    ) {
        parent::__construct(
            $baseUrl,
            [{% for s in schemes %}{{ s.option_literal }} => ${{ s.option }}{% if !loop.last %}, {% endif %}{% endfor %}],
            $timeout,
            $maxRetries,
            $maxRetryDelay,
            $defaultHeaders,
            $onRetry,
        );
    }
{%- for m in methods %}

{{ m.doc }}    public function {{ m.name }}({{ m.params }}): {{ m.returns }}
    {
{%- if let Some(p) = m.page %}
        $_fetch = function (?string $_cursor){% if !m.captures.is_empty() %} use ({{ m.captures }}){% endif %}: array {
            $_page = {{ p.model }}::fromArray($this->request({{ m.request }}));
            return [$_page->data, $_page->nextCursor];
        };
        return new Page($_fetch, {{ p.start }});
{%- else if m.convert.is_empty() %}
        $this->request({{ m.request }});
{%- else %}
        $_data = $this->request({{ m.request }});
        return {{ m.convert }};
{%- endif %}
    }
{%- endfor %}
}
