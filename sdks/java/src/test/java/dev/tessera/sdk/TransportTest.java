// Unit tests of the runtime against a stand-in server (the JDK's HttpServer): retries,
// timeouts, errors and the client-credentials cache, where the live server cannot be made
// to misbehave.
package dev.tessera.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tessera.sdk.model.CreateTenant;
import dev.tessera.sdk.model.LoginResponse;
import dev.tessera.sdk.model.MfaChallenge;
import dev.tessera.sdk.model.SessionTokens;
import dev.tessera.sdk.model.SigningAlg;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportTest {
    private HttpServer server;

    private interface Handler {
        void handle(HttpExchange exchange, int attempt) throws IOException;
    }

    private TesseraClient.Builder standIn(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger attempts = new AtomicInteger();
        server.createContext("/", exchange -> {
            handler.handle(exchange, attempts.incrementAndGet());
            exchange.close();
        });
        server.start();
        return TesseraClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .adminKey("tsk_test")
                .maxRetryDelay(Duration.ofMillis(5));
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void retriesAnIdempotentCallOn5xxThenFails() throws IOException {
        List<String> seen = new ArrayList<>();
        List<RetryEvent> events = new ArrayList<>();
        TesseraClient client = standIn((exchange, attempt) -> {
            seen.add(exchange.getRequestHeaders().getFirst("User-Agent") + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().set("Retry-After", "1");
            exchange.getResponseHeaders().set("X-Request-Id", "req_1");
            reply(exchange, 503, "application/problem+json",
                    "{\"type\":\"urn:tessera:problem:service_unavailable\",\"title\":\"Unavailable\",\"status\":503,\"detail\":\"try later\",\"code\":\"service_unavailable\",\"request_id\":\"req_1\"}");
        }).onRetry(events::add).build();
        InternalServerException error = assertThrows(InternalServerException.class, () -> client.getTenant("acme"));
        assertEquals("service_unavailable", error.code());
        assertEquals("try later", error.detail());
        assertEquals("req_1", error.requestId());
        assertEquals(Duration.ofSeconds(1), error.retryAfter().orElseThrow());
        assertEquals(3, seen.size());
        assertEquals("tessera-java/" + TesseraClient.VERSION + " Bearer tsk_test", seen.get(0));
        assertEquals(2, events.size());
        assertEquals(Duration.ofMillis(5), events.get(0).delay(), "Retry-After shortened to maxRetryDelay");
    }

    @Test
    void doesNotRetryAPostUnlessAsked() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        TesseraClient client = standIn((exchange, attempt) -> {
            seen.set(attempt);
            if (attempt == 1) {
                reply(exchange, 502, "text/plain", "bad gateway");
            } else {
                reply(exchange, 201, "application/json", "{\"slug\":\"acme\",\"name\":\"Acme\",\"unknown_field\":1}");
            }
        }).build();
        CreateTenant body = CreateTenant.builder().slug("acme").name("Acme").build();
        assertThrows(InternalServerException.class, () -> client.createTenant(body));
        assertEquals(1, seen.get());
        // Opted in, the POST is retried; the stand-in's tenant lacks required fields, and
        // decoding it fails loudly rather than handing out a half-empty record.
        TesseraException decoding = assertThrows(TesseraException.class,
                () -> client.createTenant(body, RequestOptions.builder().retryNonIdempotent(true).build()));
        assertTrue(decoding.getMessage().contains("could not decode"), decoding.getMessage());
        assertEquals(2, seen.get());
    }

    @Test
    void aTimeoutIsAConnectionException() throws IOException {
        TesseraClient client = standIn((exchange, attempt) -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).timeout(Duration.ofMillis(50)).maxRetries(0).build();
        assertThrows(TimeoutException.class, () -> client.getTenant("acme"));
    }

    @Test
    void anUnreachableServerIsARetriedConnectionException() throws IOException {
        TesseraClient.Builder builder = standIn((exchange, attempt) -> reply(exchange, 404, "text/plain", ""));
        server.stop(0);
        server = null;
        AtomicInteger retries = new AtomicInteger();
        TesseraClient client = builder.maxRetries(1).maxRetryDelay(Duration.ofMillis(1)).onRetry(e -> retries.incrementAndGet()).build();
        ConnectionException error = assertThrows(ConnectionException.class, () -> client.getTenant("acme"));
        assertFalse(error instanceof TimeoutException);
        assertEquals(1, retries.get());
    }

    @Test
    void clientCredentialsCachesItsToken() throws IOException {
        List<String> requests = new ArrayList<>();
        TesseraClient client = standIn((exchange, attempt) -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + form);
            reply(exchange, 200, "application/json",
                    "{\"access_token\":\"at_" + attempt + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }).build();
        ClientCredentials source = client.clientCredentials("acme", "cli_1", "tss_a+b").withScope("billing:read");
        assertEquals("at_1", source.token());
        assertEquals("at_1", source.token());
        assertEquals(1, requests.size());
        String basic = Base64.getEncoder().encodeToString("cli_1:tss_a%2Bb".getBytes(StandardCharsets.UTF_8));
        assertEquals("POST /t/acme/oauth/token Basic " + basic + " grant_type=client_credentials&scope=billing%3Aread", requests.get(0));
        source.invalidate();
        assertEquals("at_2", source.token());
    }

    @Test
    void refusesARelativeBaseUrl() {
        assertThrows(IllegalArgumentException.class, () -> TesseraClient.builder().baseUrl("localhost:8080").build());
    }

    @Test
    void readsRetryAfterAsSecondsOrADate() {
        assertEquals(Duration.ofSeconds(30), ApiException.parseRetryAfter("30"));
        assertEquals(Duration.ZERO, ApiException.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertNull(ApiException.parseRetryAfter("soon"));
    }

    @Test
    void aOneOfDecodesToTheVariantWhoseKeysArePresentAndUnknownEnumValuesAreTolerated() throws IOException {
        LoginResponse challenge = Transport.MAPPER.readValue(
                "{\"mfa_required\":true,\"mfa_token\":\"mfa_1\",\"factors\":[\"totp\"],\"expires_in\":300}", LoginResponse.class);
        assertEquals("mfa_1", assertInstanceOf(MfaChallenge.class, challenge).mfaToken());
        LoginResponse tokens = Transport.MAPPER.readValue(
                "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":900,\"session_id\":\"ses_1\"}", LoginResponse.class);
        assertEquals("ses_1", assertInstanceOf(SessionTokens.class, tokens).sessionId());
        assertThrows(IOException.class, () -> Transport.MAPPER.readValue("{\"unrelated\":1}", LoginResponse.class));
        assertEquals(SigningAlg.UNKNOWN, Transport.MAPPER.readValue("\"PS512\"", SigningAlg.class));
        assertEquals(SigningAlg.ED_DSA, Transport.MAPPER.readValue("\"EdDSA\"", SigningAlg.class));
        assertEquals("\"EdDSA\"", Transport.MAPPER.writeValueAsString(SigningAlg.ED_DSA));
    }
}
