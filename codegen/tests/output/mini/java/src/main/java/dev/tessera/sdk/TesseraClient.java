// generated from spec/openapi.yaml by tessera-codegen, do not edit
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

/**
 * A client for the Mini API.
 *
 * A tiny API for the generator's golden tests.
 */
public final class TesseraClient {
    /** This SDK's version, sent in the User-Agent ({@code tessera-java/VERSION}). */
    public static final String VERSION = "1.2.3";

    private static final Map<String, Transport.Scheme> SCHEMES = Map.of(
            "api_key", new Transport.Scheme("X-Api-Key", ""),
            "user_token", new Transport.Scheme("Authorization", "Bearer ")
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

    /**
     * A client like this one that sends {@code token} for the "api_key" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withApiKey(String token) {
        return toBuilder().apiKey(token).build();
    }

    /**
     * A client like this one that sends {@code token} for the "user_token" scheme.
     *
     * @param token the credential
     * @return a new client sharing this one's connection pool
     */
    public TesseraClient withUserToken(String token) {
        return toBuilder().userToken(token).build();
    }

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

    /**
     * List pets.
     *
     * <p>{@code GET /pets}
     * @throws UnprocessableException 422 Bad limit
     */
    public PetList listPets(ListPetsParams params, RequestOptions options) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (params != null) {
            query.put("kind", params.kind());
            query.put("limit", params.limit());
            query.put("cursor", params.cursor());
        }
        return transport.call("GET", "/pets", null, null, query, List.of("api_key"), new TypeReference<PetList>() {}, options);
    }

    /**
     * List pets.
     *
     * <p>{@code GET /pets}
     * @throws UnprocessableException 422 Bad limit
     */
    public PetList listPets(ListPetsParams params) {
        return listPets(params, RequestOptions.NONE);
    }

    /**
     * List pets.
     *
     * <p>{@code GET /pets}
     * @throws UnprocessableException 422 Bad limit
     */
    public PetList listPets() {
        return listPets(null, RequestOptions.NONE);
    }

    /**
     * Every {@link Pet} of {@link #listPets}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<PetList, Pet> listPetsAll(ListPetsParams params, RequestOptions options) {
        ListPetsParams start = params == null ? ListPetsParams.builder().build() : params;
        return new Paginator<>(start.cursor(), cursor -> listPets(start.toBuilder().cursor(cursor).build(), options), PetList::data, PetList::nextCursor);
    }

    /**
     * Every {@link Pet} of {@link #listPets}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<PetList, Pet> listPetsAll(ListPetsParams params) {
        return listPetsAll(params, RequestOptions.NONE);
    }

    /**
     * Every {@link Pet} of {@link #listPets}, fetching the next page as iteration reaches it. Iterate it, or {@code stream()} it.
     */
    public Paginator<PetList, Pet> listPetsAll() {
        return listPetsAll(null, RequestOptions.NONE);
    }

    /**
     * Add a pet.
     *
     * <p>{@code POST /pets}
     * @throws ConflictException 409 Taken
     */
    public Pet createPet(NewPet body, RequestOptions options) {
        return transport.call("POST", "/pets", body, null, Map.of(), List.of("api_key", "user_token"), new TypeReference<Pet>() {}, options);
    }

    /**
     * Add a pet.
     *
     * <p>{@code POST /pets}
     * @throws ConflictException 409 Taken
     */
    public Pet createPet(NewPet body) {
        return createPet(body, RequestOptions.NONE);
    }

    /**
     * Remove a pet.
     *
     * <p>{@code DELETE /pets/&#123;pet_id&#125;}
     */
    public void deletePet(String petId, RequestOptions options) {
        transport.call("DELETE", "/pets/" + enc(petId), null, null, Map.of(), List.of(), Transport.EMPTY, options);
    }

    /**
     * Remove a pet.
     *
     * <p>{@code DELETE /pets/&#123;pet_id&#125;}
     */
    public void deletePet(String petId) {
        deletePet(petId, RequestOptions.NONE);
    }

    /**
     * Rename a pet.
     *
     * An empty body changes nothing.
     *
     * <p>{@code PATCH /pets/&#123;pet_id&#125;}
     */
    public Pet renamePet(String petId, Rename body, RequestOptions options) {
        return transport.call("PATCH", "/pets/" + enc(petId), body, null, Map.of(), List.of(), new TypeReference<Pet>() {}, options);
    }

    /**
     * Rename a pet.
     *
     * An empty body changes nothing.
     *
     * <p>{@code PATCH /pets/&#123;pet_id&#125;}
     */
    public Pet renamePet(String petId, Rename body) {
        return renamePet(petId, body, RequestOptions.NONE);
    }

    /**
     * Get a token.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/token}
     */
    public TokenAnswer getToken(String tenant, TokenForm body, RequestOptions options) {
        return transport.call("POST", "/t/" + enc(tenant) + "/oauth/token", null, body, Map.of(), List.of(), new TypeReference<TokenAnswer>() {}, options);
    }

    /**
     * Get a token.
     *
     * <p>{@code POST /t/&#123;tenant&#125;/oauth/token}
     */
    public TokenAnswer getToken(String tenant, TokenForm body) {
        return getToken(tenant, body, RequestOptions.NONE);
    }

    /**
     * Adopt a pet, or be told to wait.
     *
     * <p>{@code POST /adopt}
     */
    public Adoption adopt(RequestOptions options) {
        return transport.call("POST", "/adopt", null, null, Map.of(), List.of(), new TypeReference<Adoption>() {}, options);
    }

    /**
     * Adopt a pet, or be told to wait.
     *
     * <p>{@code POST /adopt}
     */
    public Adoption adopt() {
        return adopt(RequestOptions.NONE);
    }

    /**
     * Export.
     *
     * <p>{@code GET /export}
     */
    public String exportPets(RequestOptions options) {
        return transport.call("GET", "/export", null, null, Map.of(), List.of(), Transport.TEXT, options);
    }

    /**
     * Export.
     *
     * <p>{@code GET /export}
     */
    public String exportPets() {
        return exportPets(RequestOptions.NONE);
    }

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

        /**
         * Sends {@code token} on the operations that accept the "api_key" scheme.
         *
         * @param token the credential
         * @return this builder
         */
        public Builder apiKey(String token) {
            return credential("api_key", token == null ? null : () -> token);
        }

        /**
         * Sends {@code token} on the operations that accept the "user_token" scheme.
         *
         * @param token the credential
         * @return this builder
         */
        public Builder userToken(String token) {
            return credential("user_token", token == null ? null : () -> token);
        }

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
