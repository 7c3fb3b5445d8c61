// The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
// (`cargo xtask sdk-test` starts one and sets both).
package dev.tessera.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tessera.sdk.model.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveScenarioTest {
    private static final String PASSWORD = "correct horse battery staple";

    private TesseraClient client;
    private String slug;
    private final List<User> users = new ArrayList<>();
    private SessionTokens tokens;

    /** The typed exception a call throws, with a request id the problem document repeats. */
    private static <E extends ApiException> E failure(Class<E> type, Executable call) {
        E error = assertThrows(type, call);
        assertTrue(error.requestId() != null && error.requestId().matches("\\S+"), "every error carries the request id");
        error.problem().ifPresent(p -> assertEquals(p.requestId(), error.requestId(), "header and body agree on the request id"));
        return error;
    }

    /** A JWT's payload (no verification: the server issued it to us). */
    private static JsonNode jwtClaims(String token) {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "not a JWT: " + token);
        return Transport.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A login's session tokens; these users have no second factor. */
    private static SessionTokens session(LoginResponse answer) {
        return assertInstanceOf(SessionTokens.class, answer, "expected session tokens");
    }

    @BeforeAll
    void createTenant() {
        String url = System.getenv("TESSERA_URL");
        String adminKey = System.getenv("TESSERA_ADMIN_KEY");
        // A missing server is a failure, not a skip: `cargo xtask sdk-test` starts one.
        assertTrue(url != null && adminKey != null, "TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`");
        client = TesseraClient.builder().baseUrl(url).adminKey(adminKey).build();
        byte[] suffix = new byte[4];
        ThreadLocalRandom.current().nextBytes(suffix);
        slug = "sdk-java-" + HexFormat.of().formatHex(suffix);
        Tenant tenant = client.createTenant(CreateTenant.builder().slug(slug).name("SDK Java").build());
        assertEquals(slug, tenant.slug());
        assertTrue(tenant.issuer().endsWith("/t/" + slug));
    }

    @Test
    @Order(1)
    void createsUsers() {
        for (int i = 0; i < 5; i++) {
            users.add(client.createUser(slug, CreateUser.builder().email("user" + i + "@example.com").password(PASSWORD).name("User " + i).build()));
        }
        assertTrue(users.stream().allMatch(u -> u.id().startsWith("usr_") && u.hasPassword() && !u.disabled()));
    }

    @Test
    @Order(2)
    void pagesThroughUsers() {
        UserList first = client.listUsers(slug, ListUsersParams.builder().limit(2L).build());
        assertEquals(2, first.data().size());
        assertNotNull(first.nextCursor(), "a first page of two out of five has a next cursor");
        Paginator<UserList, User> all = client.listUsersAll(slug, ListUsersParams.builder().limit(2L).build());
        assertEquals(users.stream().map(User::email).toList(), all.stream().map(User::email).toList());
        assertEquals(3, StreamSupport.stream(all.pages().spliterator(), false).count());
    }

    @Test
    @Order(3)
    void logsInAndCallsTheApiWithTheSessionToken() {
        tokens = session(client.login(slug, LoginRequest.builder().email("user0@example.com").password(PASSWORD).build()));
        assertEquals("Bearer", tokens.tokenType());
        assertNotNull(tokens.refreshToken());
        User me = client.withSessionToken(tokens.accessToken()).getMe(slug);
        assertEquals(users.get(0).id(), me.id());
    }

    @Test
    @Order(4)
    void refreshesTheSession() {
        assertNotNull(tokens, "needs the login of the previous test");
        SessionTokens refreshed = client.refreshSession(slug, RefreshRequest.builder().refreshToken(tokens.refreshToken()).build());
        assertEquals(tokens.sessionId(), refreshed.sessionId());
        assertNotEquals(tokens.refreshToken(), refreshed.refreshToken());
        assertNotEquals(tokens.accessToken(), refreshed.accessToken());
        // The spent refresh token is refused as a typed error.
        AuthenticationException reused = failure(AuthenticationException.class,
                () -> client.refreshSession(slug, RefreshRequest.builder().refreshToken(tokens.refreshToken()).build()));
        assertEquals(401, reused.status());
    }

    @Test
    @Order(5)
    void answers404AsNotFound() {
        NotFoundException error = failure(NotFoundException.class, () -> client.getUser(slug, "usr_doesnotexist"));
        assertEquals(404, error.status());
        assertEquals(ErrorCode.NOT_FOUND.value(), error.code());
    }

    @Test
    @Order(6)
    void answers409AsConflict() {
        ConflictException error = failure(ConflictException.class,
                () -> client.createTenant(CreateTenant.builder().slug(slug).name("Again").build()));
        assertEquals(409, error.status());
        assertEquals(ErrorCode.ALREADY_EXISTS.value(), error.code());
    }

    @Test
    @Order(7)
    void answers422AsUnprocessableWithFieldErrors() {
        UnprocessableException error = failure(UnprocessableException.class,
                () -> client.createUser(slug, CreateUser.builder().email("not-an-email").build()));
        assertEquals(422, error.status());
        assertEquals("validation_failed", error.code());
        Problem problem = error.problem().orElseThrow();
        assertTrue(problem.errors().stream().anyMatch(e -> e.pointer().equals("/email")), problem.toString());
    }

    @Test
    @Order(8)
    void getsAClientCredentialsTokenCachedUntilItNearsExpiry() {
        ClientWithSecret created = client.createClient(slug, CreateClient.builder().name("Billing service").scopes(List.of("billing:read")).build());
        assertTrue(created.clientSecret() != null && created.clientSecret().startsWith("tss_"), "a confidential client comes with its secret once");
        ClientCredentials source = client.clientCredentials(slug, created.id(), created.clientSecret());
        String first = source.token();
        assertEquals(first, source.token(), "the token is cached");
        // The token is the tenant's RFC 9068 JWT for this client.
        JsonNode claims = jwtClaims(first);
        assertEquals(created.id(), claims.path("client_id").asText());
        assertTrue(claims.path("iss").asText().endsWith("/t/" + slug), claims.toString());
        // The tenant's introspection endpoint knows it (client authentication: HTTP Basic).
        String basic = "Basic " + Base64.getEncoder().encodeToString((created.id() + ":" + created.clientSecret()).getBytes(StandardCharsets.UTF_8));
        IntrospectionResponse introspection = client.oauthIntrospect(slug, TokenQuery.builder().token(first).build(),
                RequestOptions.builder().header("Authorization", basic).build());
        assertTrue(introspection.active());
        assertEquals(created.id(), introspection.clientId());
        // A leeway longer than the token's life makes every call fetch a new token.
        assertNotEquals(first, source.withLeeway(Duration.ofDays(1)).token());
        // A wrong secret is the token endpoint's RFC 6749 error, typed like the others.
        AuthenticationException refused = failure(AuthenticationException.class,
                () -> client.clientCredentials(slug, created.id(), "tss_wrong").token());
        assertEquals("invalid_client", refused.code());
    }

    @Test
    @Order(9)
    void answersALockoutWith429AndRetriesItWhenAPostMayBeRetried() {
        String email = "user4@example.com";
        for (int i = 0; i < 5; i++) {
            AuthenticationException wrong = failure(AuthenticationException.class,
                    () -> client.login(slug, LoginRequest.builder().email(email).password("wrong password!").build()));
            assertEquals(ErrorCode.INVALID_CREDENTIALS.value(), wrong.code());
        }
        // By default a POST is not retried: one attempt, and the lock's Retry-After on the error.
        List<RetryEvent> events = new ArrayList<>();
        TesseraClient counting = client.toBuilder().onRetry(events::add).build();
        RateLimitedException locked = failure(RateLimitedException.class,
                () -> counting.login(slug, LoginRequest.builder().email(email).password(PASSWORD).build()));
        assertEquals(429, locked.status());
        assertEquals(ErrorCode.ACCOUNT_LOCKED.value(), locked.code());
        Optional<Duration> retryAfter = locked.retryAfter();
        assertTrue(retryAfter.isPresent() && !retryAfter.get().isZero(), "Retry-After: " + retryAfter);
        assertEquals(0, events.size(), "a POST is not retried by default");

        // Opted in: the SDK retries the 429. The lock lasts 30 s, so the wait is capped at
        // 200 ms and an administrator unlocks the user while the SDK waits.
        TesseraClient retrying = client.toBuilder()
                .maxRetryDelay(Duration.ofMillis(200))
                .onRetry(e -> {
                    events.add(e);
                    client.unlockUser(slug, users.get(4).id());
                })
                .build();
        SessionTokens signedIn = session(retrying.login(slug, LoginRequest.builder().email(email).password(PASSWORD).build(),
                RequestOptions.builder().retryNonIdempotent(true).build()));
        assertEquals("Bearer", signedIn.tokenType());
        assertEquals(1, events.size());
        assertInstanceOf(RateLimitedException.class, events.get(0).error());
        assertEquals(Duration.ofMillis(200), events.get(0).delay(), "Retry-After (30 s) shortened to maxRetryDelay");
    }

    @Test
    @Order(10)
    void knowsEveryErrorCodeTheServerKnows() {
        Map<String, JsonNode> spec = client.getOpenApi();
        List<String> served = new ArrayList<>();
        spec.get("components").at("/schemas/ErrorCode/enum").forEach(code -> served.add(code.asText()));
        List<String> known = Arrays.stream(ErrorCode.values())
                .filter(c -> c != ErrorCode.UNKNOWN)
                .map(ErrorCode::value)
                .toList();
        assertEquals(served, known);
    }
}
