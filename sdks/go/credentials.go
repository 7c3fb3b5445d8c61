// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// Credentials: a TokenSource per security scheme, and the client-credentials helper that
// fetches, caches and refreshes an OAuth access token from a tenant's token endpoint.

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// TokenSource supplies the credential of a security scheme for each request.
type TokenSource interface {
	Token(ctx context.Context) (string, error)
}

// StaticToken is a credential that never changes, such as an admin key.
type StaticToken string

// Token returns the token itself.
func (t StaticToken) Token(context.Context) (string, error) { return string(t), nil }

// ClientCredentials gets access tokens with the OAuth 2.0 client_credentials grant
// (RFC 6749 §4.4) from a tenant's token endpoint, /t/{tenant}/oauth/token, authenticating
// with HTTP Basic (§2.3.1). It caches the token and fetches a new one once the cached one is
// within Leeway of expiring. It is a TokenSource, so it can feed a client's credential, and
// safe for concurrent use. Make one with [TesseraClient.ClientCredentials].
type ClientCredentials struct {
	// Scope asks for these space-separated scopes; empty asks for all the client's scopes.
	Scope string
	// Resource is the RFC 8707 resource indicator (the API the token is for), if any.
	Resource string
	// Leeway renews a token this long before it expires (default 30 s).
	Leeway time.Duration

	client       *TesseraClient
	tenant       string
	clientID     string
	clientSecret string

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

// ClientCredentials returns a token source for the OAuth client clientID of tenant, which
// uses c's transport, timeouts and retries. The token request is a POST but safe to repeat,
// so it is retried like an idempotent call.
func (c *TesseraClient) ClientCredentials(tenant, clientID, clientSecret string) *ClientCredentials {
	return &ClientCredentials{client: c, tenant: tenant, clientID: clientID, clientSecret: clientSecret, Leeway: 30 * time.Second}
}

// tokenResponse is RFC 6749 §5.1.
type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// Token returns the cached access token, fetching a new one when there is none or it is
// about to expire.
func (cc *ClientCredentials) Token(ctx context.Context) (string, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.token != "" && time.Now().Add(cc.Leeway).Before(cc.expiresAt) {
		return cc.token, nil
	}
	form := url.Values{"grant_type": {"client_credentials"}}
	if cc.Scope != "" {
		form.Set("scope", cc.Scope)
	}
	if cc.Resource != "" {
		form.Set("resource", cc.Resource)
	}
	basic := url.QueryEscape(cc.clientID) + ":" + url.QueryEscape(cc.clientSecret)
	header := http.Header{"Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte(basic))}}
	var answer tokenResponse
	started := time.Now()
	err := cc.client.do(ctx, request{
		method: http.MethodPost,
		path:   "/t/" + url.PathEscape(cc.tenant) + "/oauth/token",
		form:   formMap(form),
		header: header,
	}, &answer, []Option{WithRetryNonIdempotent()})
	if err != nil {
		return "", err
	}
	if answer.AccessToken == "" {
		return "", fmt.Errorf("tessera: the token endpoint of %s answered no access_token", cc.tenant)
	}
	cc.token = answer.AccessToken
	cc.expiresAt = started.Add(time.Duration(answer.ExpiresIn) * time.Second)
	return cc.token, nil
}

// Invalidate drops the cached token, so the next Token call fetches a new one (after the
// API refused it, say).
func (cc *ClientCredentials) Invalidate() {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.token = ""
}

// formMap turns url.Values of single values into a map that formValues encodes.
func formMap(values url.Values) map[string]string {
	out := make(map[string]string, len(values))
	for key := range values {
		out[key] = values.Get(key)
	}
	return out
}
