package dev.tessera.sdk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tessera.sdk.model.*;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

{{ doc }}public final class TesseraClient {
    /** This SDK's version, sent in the User-Agent ({@code tessera-java/VERSION}). */
    public static final String VERSION = {{ version }};

    private static final Map<String, Transport.Scheme> SCHEMES = Map.of(
{%- for s in schemes %}
            {{ s.name }}, new Transport.Scheme({{ s.header }}, {{ s.prefix }}){% if !loop.last %},{% endif %}
{%- endfor %}
    );

    private final Transport transport;
    private final Builder settings;

    private TesseraClient(Builder settings, Transport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    /**
     * A builder; {@link Builder#baseUrl} is required.
     *
     * <pre>{@code
     * TesseraClient client = TesseraClient.builder()
     *         .baseUrl("https://id.example.com")
     *         .adminKey(System.getenv("TESSERA_ADMIN_KEY"))
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this client's settings, to derive a client that differs in some.
     *
     * @return a copy of the settings
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /** @return the server's base URL, without a trailing slash */
    public String baseUrl() {
        return transport.baseUrl;
    }
{%- for s in schemes %}

    /**
     * A client like this one that sends {@code token} for the {{ s.name }} scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient {{ s.derive }}(String token) {
        return toBuilder().{{ s.method }}(token).build();
    }
{%- endfor %}

    /**
     * A token source for the OAuth client {@code clientId} of {@code tenant}, through this
     * client's transport, timeouts and retries.
     *
     * <pre>{@code
     * ClientCredentials tokens = client.clientCredentials("acme", clientId, clientSecret);
     * String accessToken = tokens.token(); // cached until shortly before it expires
     * }</pre>
     *
     * @param tenant the tenant's slug
     * @param clientId the client's id
     * @param clientSecret its secret
     * @return a caching token source
     */
    public ClientCredentials clientCredentials(String tenant, String clientId, String clientSecret) {
        return new ClientCredentials(transport, tenant, clientId, clientSecret, null, null, Duration.ofSeconds(30), Clock.systemUTC());
    }

    static String enc(Object value) {
        return Transport.encodePath(value);
    }
{%- for m in methods %}

{{ m.doc }}    public {{ m.returns }} {{ m.name }}({{ m.params }}{% if !m.params.is_empty() %}, {% endif %}RequestOptions options) {
        {{ m.body }}
    }

{{ m.doc }}    public {{ m.returns }} {{ m.name }}({{ m.params }}) {
        {% if m.returns != "void" %}return {% endif %}{{ m.name }}({{ m.args }}{% if !m.args.is_empty() %}, {% endif %}RequestOptions.NONE);
    }
{%- if let Some(args) = m.without_params %}

{{ m.doc }}    public {{ m.returns }} {{ m.name }}({{ m.params_less }}) {
        {% if m.returns != "void" %}return {% endif %}{{ m.name }}({{ args }}{% if !args.is_empty() %}, {% endif %}RequestOptions.NONE);
    }
{%- endif %}
{%- endfor %}

    /** Builds a {@link TesseraClient}. */
    public static final class Builder {
        private String baseUrl;
        private HttpClient httpClient;
        private Duration timeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private Duration maxRetryDelay = Duration.ofSeconds(60);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, TokenSource> credentials = new LinkedHashMap<>();
        private Consumer<RetryEvent> onRetry;

        private Builder() {}

        private Builder copy() {
            Builder copy = new Builder();
            copy.baseUrl = baseUrl;
            copy.httpClient = httpClient;
            copy.timeout = timeout;
            copy.maxRetries = maxRetries;
            copy.maxRetryDelay = maxRetryDelay;
            copy.headers.putAll(headers);
            copy.credentials.putAll(credentials);
            copy.onRetry = onRetry;
            return copy;
        }

        /**
         * @param baseUrl the server's base URL, such as {@code https://id.example.com}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }
{%- for s in schemes %}

        /**
         * Sends {@code token} on the operations that accept the {{ s.name }} scheme.{{ s.doc }}
         *
         * @param token the credential
         * @return this builder
         */
        public Builder {{ s.method }}(String token) {
            return credential({{ s.name }}, token == null ? null : () -> token);
        }
{%- endfor %}

        /**
         * Gets the credential of a security scheme, by its name in the spec, from {@code source}
         * before each request (a {@link ClientCredentials}, say).
         *
         * @param scheme the security scheme
         * @param source the credential's source, or {@code null} for none
         * @return this builder
         */
        public Builder credential(String scheme, TokenSource source) {
            if (source == null) {
                credentials.remove(scheme);
            } else {
                credentials.put(scheme, source);
            }
            return this;
        }

        /**
         * @param httpClient the client that sends requests (default: a new one, shared by derived clients)
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * @param timeout the bound on each attempt (default 60 s)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * @param maxRetries retries after a retryable failure (default 2; 0 turns them off)
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param maxRetryDelay the longest wait before a retry (default 60 s); a longer Retry-After is shortened to it
         * @return this builder
         */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = Objects.requireNonNull(maxRetryDelay);
            return this;
        }

        /**
         * @param name a header sent with every request
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * @param onRetry called before each retry, after the delay is chosen
         * @return this builder
         */
        public Builder onRetry(Consumer<RetryEvent> onRetry) {
            this.onRetry = onRetry;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalArgumentException when the base URL is missing or not absolute
         */
        public TesseraClient build() {
            if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
                throw new IllegalArgumentException("TesseraClient needs an absolute http(s) baseUrl, got " + baseUrl);
            }
            if (httpClient == null) {
                httpClient = HttpClient.newBuilder().connectTimeout(timeout).build();
            }
            Transport transport = new Transport(baseUrl, httpClient, timeout, maxRetries, maxRetryDelay, headers, credentials, SCHEMES, onRetry);
            return new TesseraClient(copy(), transport);
        }
    }
}
