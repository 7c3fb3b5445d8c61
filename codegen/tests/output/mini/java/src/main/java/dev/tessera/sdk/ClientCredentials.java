// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Access tokens from the OAuth 2.0 client_credentials grant (RFC 6749 §4.4) at a tenant's
 * token endpoint, {@code /t/{tenant}/oauth/token}, authenticating with HTTP Basic (§2.3.1).
 * The token is cached and fetched again once it is within the leeway of expiring. A
 * {@link TokenSource}, so it can feed a client's credential; safe for concurrent use. Make
 * one with {@link TesseraClient#clientCredentials}.
 */
public final class ClientCredentials implements TokenSource {
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    private final Transport transport;
    private final String tenant;
    private final String basic;
    private final String scope;
    private final String resource;
    private final Duration leeway;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    ClientCredentials(Transport transport, String tenant, String clientId, String clientSecret, String scope, String resource, Duration leeway, Clock clock) {
        this.transport = transport;
        this.tenant = tenant;
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        this.basic = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
        this.resource = resource;
        this.leeway = leeway;
        this.clock = clock;
    }

    /**
     * A copy asking for these space-separated scopes (default: all the client's scopes).
     *
     * @param scope the scopes
     * @return a new token source, with an empty cache
     */
    public ClientCredentials withScope(String scope) {
        return new ClientCredentials(transport, tenant, basic, scope, resource, leeway, clock, true);
    }

    /**
     * A copy asking for a token for this API (RFC 8707 resource indicator).
     *
     * @param resource the resource
     * @return a new token source, with an empty cache
     */
    public ClientCredentials withResource(String resource) {
        return new ClientCredentials(transport, tenant, basic, scope, resource, leeway, clock, true);
    }

    /**
     * A copy that renews its token this long before it expires (default 30 s).
     *
     * @param leeway the margin
     * @return a new token source, with an empty cache
     */
    public ClientCredentials withLeeway(Duration leeway) {
        return new ClientCredentials(transport, tenant, basic, scope, resource, leeway, clock, true);
    }

    private ClientCredentials(Transport transport, String tenant, String basic, String scope, String resource, Duration leeway, Clock clock, boolean copy) {
        this.transport = transport;
        this.tenant = tenant;
        this.basic = basic;
        this.scope = scope;
        this.resource = resource;
        this.leeway = leeway;
        this.clock = clock;
    }

    /**
     * The cached access token, or a new one when there is none or it is about to expire.
     *
     * @return an access token
     * @throws ApiException when the token endpoint refuses (an OAuth {@code error} as {@link ApiException#code()})
     */
    @Override
    public synchronized String token() {
        Instant now = clock.instant();
        if (token != null && now.plus(leeway).isBefore(expiresAt)) {
            return token;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        if (resource != null) {
            form.put("resource", resource);
        }
        // Safe to repeat: a second token request only issues a second token.
        RequestOptions options = RequestOptions.builder().retryNonIdempotent(true).header("Authorization", basic).build();
        TokenResponse answer = transport.call(
                "POST",
                "/t/" + Transport.encodePath(tenant) + "/oauth/token",
                null,
                form,
                Map.of(),
                List.of(),
                new TypeReference<TokenResponse>() {},
                options);
        if (answer == null || answer.accessToken() == null) {
            throw new TesseraException("the token endpoint of " + tenant + " answered no access_token", null);
        }
        token = answer.accessToken();
        expiresAt = now.plusSeconds(answer.expiresIn());
        return token;
    }

    /** Drops the cached token, so the next {@link #token()} fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }
}
