// The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
// (`cargo xtask sdk-test` starts one and sets both).
package tests

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	tessera "example.invalid/tessera/sdks/go"
)

const password = "correct horse battery staple"

// apiError asserts that err is an *APIError matching sentinel, with a request id that the
// problem document repeats.
func apiError(t *testing.T, err error, sentinel error) *tessera.APIError {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("expected %v, got %v", sentinel, err)
	}
	var apiErr *tessera.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("expected an *APIError, got %T", err)
	}
	if !regexp.MustCompile(`^\S+$`).MatchString(apiErr.RequestID) {
		t.Fatalf("every error carries the request id, got %q", apiErr.RequestID)
	}
	if apiErr.Problem != nil && (apiErr.Problem.RequestID == nil || *apiErr.Problem.RequestID != apiErr.RequestID) {
		t.Fatalf("header and body disagree on the request id: %q vs %v", apiErr.RequestID, apiErr.Problem.RequestID)
	}
	return apiErr
}

// jwtClaims decodes a JWT's payload (no verification: the server issued it to us).
func jwtClaims(t *testing.T, token string) map[string]any {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %q", token)
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil {
		t.Fatal(err)
	}
	return claims
}

// session is a login's session tokens; these users have no second factor.
func session(t *testing.T, answer *tessera.LoginResponse) *tessera.SessionTokens {
	t.Helper()
	if answer.SessionTokens == nil {
		t.Fatalf("expected session tokens, got %+v", answer)
	}
	return answer.SessionTokens
}

func TestLiveScenario(t *testing.T) {
	url, adminKey := os.Getenv("TESSERA_URL"), os.Getenv("TESSERA_ADMIN_KEY")
	if url == "" || adminKey == "" {
		// A missing server is a failure, not a skip: `cargo xtask sdk-test` starts one.
		t.Fatal("TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`")
	}
	ctx := context.Background()
	client, err := tessera.New(url, tessera.WithAdminKey(adminKey))
	if err != nil {
		t.Fatal(err)
	}
	suffix := make([]byte, 4)
	_, _ = rand.Read(suffix)
	slug := "sdk-go-" + hex.EncodeToString(suffix)
	tenant, err := client.CreateTenant(ctx, tessera.CreateTenant{Slug: slug, Name: "SDK Go"})
	if err != nil {
		t.Fatal(err)
	}
	if tenant.Slug != slug || !strings.HasSuffix(tenant.Issuer, "/t/"+slug) {
		t.Fatalf("unexpected tenant %+v", tenant)
	}
	var users []tessera.User
	var tokens *tessera.SessionTokens

	t.Run("creates users", func(t *testing.T) {
		for i := range 5 {
			user, err := client.CreateUser(ctx, slug, tessera.CreateUser{
				Email:    "user" + string(rune('0'+i)) + "@example.com",
				Password: tessera.Ptr(password),
				Name:     tessera.Ptr("User " + string(rune('0'+i))),
			})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(user.ID, "usr_") || !user.HasPassword || user.Disabled {
				t.Fatalf("unexpected user %+v", user)
			}
			users = append(users, *user)
		}
	})

	t.Run("pages through users with the iterator", func(t *testing.T) {
		first, err := client.ListUsers(ctx, slug, &tessera.ListUsersParams{Limit: tessera.Ptr[int64](2)})
		if err != nil {
			t.Fatal(err)
		}
		if len(first.Data) != 2 || first.NextCursor == nil {
			t.Fatalf("a first page of two out of five has a next cursor: %+v", first)
		}
		var want []string
		for _, u := range users {
			want = append(want, u.Email)
		}
		all := client.ListUsersAll(ctx, slug, &tessera.ListUsersParams{Limit: tessera.Ptr[int64](2)})
		// Each iteration starts again from the first page.
		for range 2 {
			var emails []string
			for user, err := range all {
				if err != nil {
					t.Fatal(err)
				}
				emails = append(emails, user.Email)
			}
			if !reflect.DeepEqual(emails, want) {
				t.Fatalf("paged %v, want %v", emails, want)
			}
		}
	})

	t.Run("logs a user in and calls the API with the session token", func(t *testing.T) {
		answer, err := client.Login(ctx, slug, tessera.LoginRequest{Email: "user0@example.com", Password: password})
		if err != nil {
			t.Fatal(err)
		}
		tokens = session(t, answer)
		if tokens.TokenType != "Bearer" || tokens.RefreshToken == nil {
			t.Fatalf("unexpected tokens %+v", tokens)
		}
		me, err := client.With(tessera.WithSessionToken(tokens.AccessToken)).GetMe(ctx, slug)
		if err != nil {
			t.Fatal(err)
		}
		if me.ID != users[0].ID {
			t.Fatalf("GetMe answered %s, want %s", me.ID, users[0].ID)
		}
	})

	t.Run("refreshes the session", func(t *testing.T) {
		if tokens == nil {
			t.Fatal("needs the login of the previous step")
		}
		refreshed, err := client.RefreshSession(ctx, slug, tessera.RefreshRequest{RefreshToken: tokens.RefreshToken})
		if err != nil {
			t.Fatal(err)
		}
		if refreshed.SessionID != tokens.SessionID || *refreshed.RefreshToken == *tokens.RefreshToken || refreshed.AccessToken == tokens.AccessToken {
			t.Fatalf("the refresh did not rotate: %+v", refreshed)
		}
		// The spent refresh token is refused as a typed error.
		_, err = client.RefreshSession(ctx, slug, tessera.RefreshRequest{RefreshToken: tokens.RefreshToken})
		if e := apiError(t, err, tessera.ErrAuthentication); e.Status != 401 {
			t.Fatalf("status %d", e.Status)
		}
	})

	t.Run("answers 404 as ErrNotFound", func(t *testing.T) {
		_, err := client.GetUser(ctx, slug, "usr_doesnotexist")
		e := apiError(t, err, tessera.ErrNotFound)
		if e.Status != 404 || e.Code != tessera.ErrorCodeNotFound {
			t.Fatalf("unexpected %+v", e)
		}
	})

	t.Run("answers 409 as ErrConflict", func(t *testing.T) {
		_, err := client.CreateTenant(ctx, tessera.CreateTenant{Slug: slug, Name: "Again"})
		e := apiError(t, err, tessera.ErrConflict)
		if e.Status != 409 || e.Code != tessera.ErrorCodeAlreadyExists {
			t.Fatalf("unexpected %+v", e)
		}
	})

	t.Run("answers 422 as ErrUnprocessable with field errors", func(t *testing.T) {
		_, err := client.CreateUser(ctx, slug, tessera.CreateUser{Email: "not-an-email"})
		e := apiError(t, err, tessera.ErrUnprocessable)
		if e.Status != 422 || e.Code != tessera.ErrorCodeValidationFailed || e.Problem == nil {
			t.Fatalf("unexpected %+v", e)
		}
		found := false
		for _, field := range e.Problem.Errors {
			found = found || field.Pointer == "/email"
		}
		if !found {
			t.Fatalf("no field error for /email: %+v", e.Problem.Errors)
		}
	})

	t.Run("gets a client-credentials token, cached until it nears expiry", func(t *testing.T) {
		created, err := client.CreateClient(ctx, slug, tessera.CreateClient{
			Name:   "Billing service",
			Scopes: []string{"billing:read"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if created.ClientSecret == nil || !strings.HasPrefix(*created.ClientSecret, "tss_") {
			t.Fatalf("a confidential client comes with its secret once: %+v", created)
		}
		source := client.ClientCredentials(slug, created.ID, *created.ClientSecret)
		first, err := source.Token(ctx)
		if err != nil {
			t.Fatal(err)
		}
		again, err := source.Token(ctx)
		if err != nil || again != first {
			t.Fatalf("the token is cached: %q then %q (%v)", first, again, err)
		}
		// The token is the tenant's RFC 9068 JWT for this client.
		claims := jwtClaims(t, first)
		if claims["client_id"] != created.ID || !strings.HasSuffix(claims["iss"].(string), "/t/"+slug) {
			t.Fatalf("unexpected claims %v", claims)
		}
		// The tenant's introspection endpoint knows it (client authentication: HTTP Basic).
		basic := "Basic " + base64.StdEncoding.EncodeToString([]byte(created.ID+":"+*created.ClientSecret))
		introspection, err := client.OAuthIntrospect(ctx, slug, tessera.TokenQuery{Token: first}, tessera.WithHeader("Authorization", basic))
		if err != nil {
			t.Fatal(err)
		}
		if !introspection.Active || introspection.ClientID == nil || *introspection.ClientID != created.ID {
			t.Fatalf("the server does not know the token: %+v", introspection)
		}
		// A leeway longer than the token's life makes every call fetch a new token.
		source.Leeway = 24 * time.Hour
		renewed, err := source.Token(ctx)
		if err != nil || renewed == first {
			t.Fatalf("the token was not renewed: %q (%v)", renewed, err)
		}
		// A wrong secret is the token endpoint's RFC 6749 error, typed like the others.
		_, err = client.ClientCredentials(slug, created.ID, "tss_wrong").Token(ctx)
		if e := apiError(t, err, tessera.ErrAuthentication); e.Code != "invalid_client" {
			t.Fatalf("code %q", e.Code)
		}
	})

	t.Run("answers a lockout with 429, and retries it when a POST may be retried", func(t *testing.T) {
		const email = "user4@example.com"
		for range 5 {
			_, err := client.Login(ctx, slug, tessera.LoginRequest{Email: email, Password: "wrong password!"})
			if e := apiError(t, err, tessera.ErrAuthentication); e.Code != tessera.ErrorCodeInvalidCredentials {
				t.Fatalf("code %q", e.Code)
			}
		}
		// By default a POST is not retried: one attempt, and the lock's Retry-After on the error.
		var events []tessera.RetryEvent
		counting := client.With(tessera.WithOnRetry(func(e tessera.RetryEvent) { events = append(events, e) }))
		_, err := counting.Login(ctx, slug, tessera.LoginRequest{Email: email, Password: password})
		locked := apiError(t, err, tessera.ErrRateLimited)
		if locked.Status != 429 || locked.Code != tessera.ErrorCodeAccountLocked || locked.RetryAfter <= 0 {
			t.Fatalf("unexpected %+v", locked)
		}
		if len(events) != 0 {
			t.Fatalf("a POST is not retried by default, got %d retries", len(events))
		}
		// Opted in: the SDK retries the 429. The lock lasts 30 s, so the wait is capped at
		// 200 ms and an administrator unlocks the user while the SDK waits.
		retrying := client.With(tessera.WithMaxRetryDelay(200*time.Millisecond), tessera.WithOnRetry(func(e tessera.RetryEvent) {
			events = append(events, e)
			if _, err := client.UnlockUser(ctx, slug, users[4].ID); err != nil {
				t.Errorf("unlock: %v", err)
			}
		}))
		answer, err := retrying.Login(ctx, slug, tessera.LoginRequest{Email: email, Password: password}, tessera.WithRetryNonIdempotent())
		if err != nil {
			t.Fatal(err)
		}
		if session(t, answer).TokenType != "Bearer" {
			t.Fatal("no session")
		}
		if len(events) != 1 || !errors.Is(events[0].Err, tessera.ErrRateLimited) || events[0].Delay != 200*time.Millisecond {
			t.Fatalf("expected one retry after 200 ms (Retry-After shortened), got %+v", events)
		}
	})

	t.Run("knows every error code the server knows", func(t *testing.T) {
		spec, err := client.GetOpenAPI(ctx)
		if err != nil {
			t.Fatal(err)
		}
		enum := spec["components"].(map[string]any)["schemas"].(map[string]any)["ErrorCode"].(map[string]any)["enum"].([]any)
		var served, known []string
		for _, code := range enum {
			served = append(served, code.(string))
		}
		for _, code := range tessera.ErrorCodes {
			known = append(known, string(code))
		}
		if !reflect.DeepEqual(served, known) {
			t.Fatalf("the SDK knows %v, the server %v", known, served)
		}
	})
}
