// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** The HTTP engine: URLs, credentials, timeouts, retries and error mapping. */
final class Transport {
    /** The JSON codec: ISO-8601 date-times, unknown fields ignored (models leave absent fields out themselves). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** Marks an operation whose answer is text. */
    static final TypeReference<String> TEXT = new TypeReference<>() {};
    /** Marks an operation whose answer has no body. */
    static final TypeReference<Void> EMPTY = new TypeReference<>() {};

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final Duration INITIAL_RETRY_DELAY = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    /** A security scheme's header and prefix. */
    record Scheme(String header, String prefix) {}

    final String baseUrl;
    final HttpClient http;
    final Duration timeout;
    final int maxRetries;
    final Duration maxRetryDelay;
    final Map<String, String> headers;
    final Map<String, TokenSource> credentials;
    final Map<String, Scheme> schemes;
    final Consumer<RetryEvent> onRetry;

    Transport(
            String baseUrl,
            HttpClient http,
            Duration timeout,
            int maxRetries,
            Duration maxRetryDelay,
            Map<String, String> headers,
            Map<String, TokenSource> credentials,
            Map<String, Scheme> schemes,
            Consumer<RetryEvent> onRetry) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.http = http;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.maxRetryDelay = maxRetryDelay;
        this.headers = Map.copyOf(headers);
        this.credentials = Map.copyOf(credentials);
        this.schemes = Map.copyOf(schemes);
        this.onRetry = onRetry;
    }

    static JsonNode readTree(String text) {
        try {
            return text == null || text.isBlank() ? null : MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    static String encodePath(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * The wait before retry number {@code attempt} (1-based): the server's Retry-After when
     * it sent one, else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
     */
    static Duration retryDelay(int attempt, Duration retryAfter, Duration max) {
        if (retryAfter != null) {
            return retryAfter.compareTo(max) > 0 ? max : retryAfter;
        }
        long backoff = Math.min(INITIAL_RETRY_DELAY.toMillis() << Math.min(attempt - 1, 16), MAX_BACKOFF.toMillis());
        long jittered = (long) (backoff * (1 - ThreadLocalRandom.current().nextDouble() * 0.25));
        return Duration.ofMillis(Math.min(jittered, max.toMillis()));
    }

    /** Sends one call with retries and decodes its answer as {@code type}. */
    <T> T call(
            String method,
            String path,
            Object body,
            Object form,
            Map<String, Object> query,
            List<String> auth,
            TypeReference<T> type,
            RequestOptions options) {
        RequestOptions opts = options == null ? RequestOptions.NONE : options;
        int retries = opts.maxRetries() != null ? opts.maxRetries() : maxRetries;
        boolean retryable = IDEMPOTENT.contains(method) || opts.retryNonIdempotent();
        HttpRequest request = build(method, path, body, form, query, auth, opts);
        for (int attempt = 0; ; attempt++) {
            TesseraException failure;
            Duration retryAfter = null;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return decode(response.body(), type, method, path);
                }
                ApiException error = ApiException.of(status, response.headers(), response.body());
                if (!isRetryableStatus(status)) {
                    throw error;
                }
                failure = error;
                retryAfter = error.retryAfter().orElse(null);
            } catch (HttpTimeoutException e) {
                failure = new TimeoutException(method + " " + path + ": no response within " + request.timeout().orElse(timeout), e);
            } catch (IOException e) {
                failure = new ConnectionException(method + " " + path + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(method + " " + path + ": interrupted", e);
            }
            if (!retryable || attempt >= retries) {
                throw failure;
            }
            Duration delay = retryDelay(attempt + 1, retryAfter, maxRetryDelay);
            if (onRetry != null) {
                onRetry.accept(new RetryEvent(method, path, attempt + 1, delay, failure));
            }
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(method + " " + path + ": interrupted while waiting to retry", e);
            }
        }
    }

    private HttpRequest build(
            String method,
            String path,
            Object body,
            Object form,
            Map<String, Object> query,
            List<String> auth,
            RequestOptions opts) {
        StringBuilder url = new StringBuilder(baseUrl).append(path);
        StringJoiner params = new StringJoiner("&");
        query.forEach((key, value) -> {
            if (value != null) {
                params.add(formEncode(key) + "=" + formEncode(scalar(value)));
            }
        });
        if (params.length() > 0) {
            url.append('?').append(params);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.toString()))
                .timeout(opts.timeout() != null ? opts.timeout() : timeout)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "tessera-java/" + TesseraClient.VERSION);
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        try {
            if (form != null) {
                StringJoiner fields = new StringJoiner("&");
                Map<String, Object> values = MAPPER.convertValue(form, new TypeReference<Map<String, Object>>() {});
                values.forEach((key, value) -> {
                    if (value != null) {
                        fields.add(formEncode(key) + "=" + formEncode(scalar(value)));
                    }
                });
                publisher = HttpRequest.BodyPublishers.ofString(fields.toString());
                builder.header("Content-Type", "application/x-www-form-urlencoded");
            } else if (body != null) {
                publisher = HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body));
                builder.header("Content-Type", "application/json");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TesseraException(method + " " + path + ": could not encode the request: " + e.getMessage(), e);
        }
        for (String scheme : auth) {
            TokenSource source = credentials.get(scheme);
            Scheme how = schemes.get(scheme);
            String token = source == null ? null : source.token();
            if (how != null && token != null && !token.isEmpty()) {
                builder.setHeader(how.header(), how.prefix() + token);
                break;
            }
        }
        headers.forEach(builder::setHeader);
        opts.headers().forEach(builder::setHeader);
        return builder.method(method, publisher).build();
    }

    private static String scalar(Object value) {
        if (value instanceof Map || value instanceof Iterable) {
            throw new IllegalArgumentException("only scalars can be sent as form or query values");
        }
        if (value instanceof Enum<?>) {
            return MAPPER.convertValue(value, String.class);
        }
        return String.valueOf(value);
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <T> T decode(String text, TypeReference<T> type, String method, String path) {
        if (type == EMPTY) {
            return null;
        }
        if (type == TEXT) {
            return (T) text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(text, type);
        } catch (IOException e) {
            throw new TesseraException(method + " " + path + ": could not decode the response: " + e.getMessage(), e);
        }
    }
}
