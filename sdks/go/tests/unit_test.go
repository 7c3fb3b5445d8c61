// Unit tests of the runtime against stand-in servers (httptest): retries, timeouts, errors
// and the client-credentials cache, where the live server cannot be made to misbehave.
package tests

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tessera "example.invalid/tessera/sdks/go"
)

func standIn(t *testing.T, handler http.HandlerFunc) *tessera.TesseraClient {
	t.Helper()
	server := httptest.NewServer(handler)
	t.Cleanup(server.Close)
	client, err := tessera.New(server.URL, tessera.WithAdminKey("tsk_test"), tessera.WithMaxRetryDelay(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	return client
}

func TestRetriesAnIdempotentCallOn5xxThenFails(t *testing.T) {
	var attempts atomic.Int32
	client := standIn(t, func(w http.ResponseWriter, r *http.Request) {
		attempts.Add(1)
		if got := r.Header.Get("User-Agent"); got != "tessera-go/"+tessera.Version {
			t.Errorf("user agent %q", got)
		}
		if got := r.Header.Get("Authorization"); got != "Bearer tsk_test" {
			t.Errorf("authorization %q", got)
		}
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-Request-Id", "req_1")
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(503)
		_, _ = w.Write([]byte(`{"type":"urn:tessera:problem:service_unavailable","title":"Unavailable","status":503,"detail":"try later","code":"service_unavailable","request_id":"req_1"}`))
	})
	var delays []time.Duration
	_, err := client.GetTenant(context.Background(), "acme", tessera.WithOnRetry(func(e tessera.RetryEvent) { delays = append(delays, e.Delay) }))
	var apiErr *tessera.APIError
	if !errors.Is(err, tessera.ErrInternalServer) || !errors.As(err, &apiErr) {
		t.Fatalf("expected ErrInternalServer, got %v", err)
	}
	if apiErr.Code != tessera.ErrorCodeServiceUnavailable || apiErr.Detail != "try later" || apiErr.RequestID != "req_1" || apiErr.RetryAfter != time.Second {
		t.Fatalf("unexpected %+v", apiErr)
	}
	if attempts.Load() != 3 || len(delays) != 2 || delays[0] != 5*time.Millisecond {
		t.Fatalf("expected 3 attempts and 2 capped delays, got %d and %v", attempts.Load(), delays)
	}
}

func TestDoesNotRetryAPostUnlessAsked(t *testing.T) {
	var attempts atomic.Int32
	client := standIn(t, func(w http.ResponseWriter, r *http.Request) {
		if attempts.Add(1) == 1 {
			w.WriteHeader(502)
			return
		}
		w.WriteHeader(201)
		_, _ = w.Write([]byte(`{"slug":"acme","name":"Acme"}`))
	})
	_, err := client.CreateTenant(context.Background(), tessera.CreateTenant{Slug: "acme", Name: "Acme"})
	if !errors.Is(err, tessera.ErrInternalServer) || attempts.Load() != 1 {
		t.Fatalf("expected one attempt and a 502, got %d and %v", attempts.Load(), err)
	}
	tenant, err := client.CreateTenant(context.Background(), tessera.CreateTenant{Slug: "acme", Name: "Acme"}, tessera.WithRetryNonIdempotent())
	if err != nil || tenant.Name != "Acme" {
		t.Fatalf("the opted-in POST is retried: %+v %v", tenant, err)
	}
}

func TestATimeoutIsAConnectionError(t *testing.T) {
	client := standIn(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	_, err := client.GetTenant(context.Background(), "acme", tessera.WithTimeout(20*time.Millisecond), tessera.WithMaxRetries(0))
	var conn *tessera.ConnectionError
	if !errors.Is(err, tessera.ErrTimeout) || !errors.As(err, &conn) {
		t.Fatalf("expected a timeout, got %v", err)
	}
}

func TestAnUnreachableServerIsAConnectionError(t *testing.T) {
	server := httptest.NewServer(http.NotFoundHandler())
	url := server.URL
	server.Close()
	client, _ := tessera.New(url, tessera.WithMaxRetries(1), tessera.WithMaxRetryDelay(time.Millisecond))
	retries := 0
	_, err := client.GetTenant(context.Background(), "acme", tessera.WithOnRetry(func(tessera.RetryEvent) { retries++ }))
	var conn *tessera.ConnectionError
	if !errors.As(err, &conn) || errors.Is(err, tessera.ErrTimeout) || retries != 1 {
		t.Fatalf("expected a retried connection error, got %v after %d retries", err, retries)
	}
}

func TestClientCredentialsCachesItsToken(t *testing.T) {
	var requests atomic.Int32
	client := standIn(t, func(w http.ResponseWriter, r *http.Request) {
		n := requests.Add(1)
		if r.URL.Path != "/t/acme/oauth/token" || r.Method != http.MethodPost {
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
		}
		want := "Basic " + base64.StdEncoding.EncodeToString([]byte("cli_1:tss_a%2Bb"))
		if got := r.Header.Get("Authorization"); got != want {
			t.Errorf("authorization %q, want %q", got, want)
		}
		if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" || r.PostForm.Get("scope") != "billing:read" {
			t.Errorf("form %v (%v)", r.PostForm, err)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"at_` + strings.Repeat("x", int(n)) + `","token_type":"Bearer","expires_in":3600}`))
	})
	source := client.ClientCredentials("acme", "cli_1", "tss_a+b")
	source.Scope = "billing:read"
	first, err := source.Token(context.Background())
	if err != nil || first != "at_x" {
		t.Fatalf("%q %v", first, err)
	}
	if again, _ := source.Token(context.Background()); again != first || requests.Load() != 1 {
		t.Fatalf("the cached token is reused: %q after %d requests", again, requests.Load())
	}
	source.Invalidate()
	if renewed, _ := source.Token(context.Background()); renewed != "at_xx" {
		t.Fatalf("an invalidated token is fetched again, got %q", renewed)
	}
}

func TestRejectsARelativeBaseURL(t *testing.T) {
	if _, err := tessera.New("localhost:8080"); err == nil {
		t.Fatal("a base URL without a scheme is refused")
	}
}

func TestAOneOfDecodesToTheVariantWhoseKeysArePresent(t *testing.T) {
	var challenge tessera.LoginResponse
	if err := json.Unmarshal([]byte(`{"mfa_required":true,"mfa_token":"mfa_1","factors":["totp"],"expires_in":300}`), &challenge); err != nil {
		t.Fatal(err)
	}
	if challenge.MFAChallenge == nil || challenge.SessionTokens != nil || challenge.MFAChallenge.MFAToken != "mfa_1" {
		t.Fatalf("expected the MFA challenge, got %+v", challenge)
	}
	var tokens tessera.LoginResponse
	if err := json.Unmarshal([]byte(`{"access_token":"at","token_type":"Bearer","expires_in":900,"session_id":"ses_1"}`), &tokens); err != nil {
		t.Fatal(err)
	}
	if tokens.SessionTokens == nil || tokens.MFAChallenge != nil {
		t.Fatalf("expected session tokens, got %+v", tokens)
	}
	again, err := json.Marshal(tokens)
	if err != nil || !strings.Contains(string(again), `"session_id":"ses_1"`) {
		t.Fatalf("the set variant is written back: %s (%v)", again, err)
	}
	if err := json.Unmarshal([]byte(`{"unrelated":1}`), &tokens); err == nil {
		t.Fatal("an object matching no variant is an error")
	}
}
