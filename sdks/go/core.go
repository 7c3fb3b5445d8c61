// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// The HTTP engine: options, credentials, timeouts, retries and error mapping. Operations
// live in client.go.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"
)

const (
	defaultTimeout       = 60 * time.Second
	defaultMaxRetries    = 2
	defaultMaxRetryDelay = 60 * time.Second
	initialRetryDelay    = 500 * time.Millisecond
	maxBackoff           = 8 * time.Second
)

// TesseraClient calls the API. It is safe for concurrent use; [TesseraClient.With] derives a client with
// other options (another credential, say) that shares the connection pool.
type TesseraClient struct {
	baseURL  string
	settings settings
}

// settings are what Options change, on a client or for one call.
type settings struct {
	httpClient         *http.Client
	timeout            time.Duration
	maxRetries         int
	maxRetryDelay      time.Duration
	retryNonIdempotent bool
	headers            http.Header
	credentials        map[string]TokenSource
	onRetry            func(RetryEvent)
}

// Option configures a client ([New], [TesseraClient.With]) or one call (the last arguments
// of every operation).
type Option func(*settings)

// RetryEvent is what a [WithOnRetry] callback is told before each retry.
type RetryEvent struct {
	Method, Path string
	// Attempt is 1 for the first retry.
	Attempt int
	// Delay is the wait before the retry.
	Delay time.Duration
	// Err is why the previous attempt failed: an *APIError or a *ConnectionError.
	Err error
}

// WithHTTPClient sets the *http.Client that sends requests (default: a new one).
func WithHTTPClient(client *http.Client) Option {
	return func(s *settings) { s.httpClient = client }
}

// WithTimeout bounds each attempt, response body included (default 60 s).
func WithTimeout(timeout time.Duration) Option {
	return func(s *settings) { s.timeout = timeout }
}

// WithMaxRetries sets how often a retryable failure is retried (default 2; 0 turns retries off).
func WithMaxRetries(retries int) Option {
	return func(s *settings) { s.maxRetries = retries }
}

// WithMaxRetryDelay caps the wait before a retry (default 60 s); a longer Retry-After is
// shortened to it.
func WithMaxRetryDelay(delay time.Duration) Option {
	return func(s *settings) { s.maxRetryDelay = delay }
}

// WithRetryNonIdempotent also retries calls whose method is not idempotent (POST, PATCH).
// Off by default: a retried POST may act twice. Use it only for calls safe to repeat.
func WithRetryNonIdempotent() Option {
	return func(s *settings) { s.retryNonIdempotent = true }
}

// WithHeader adds a header to every request (or to one call).
func WithHeader(name, value string) Option {
	return func(s *settings) {
		s.headers = s.headers.Clone()
		if s.headers == nil {
			s.headers = http.Header{}
		}
		s.headers.Set(name, value)
	}
}

// WithOnRetry calls fn before each retry, after the delay is chosen.
func WithOnRetry(fn func(RetryEvent)) Option {
	return func(s *settings) { s.onRetry = fn }
}

// WithCredential sets the token source of a security scheme of the API by its name in the
// spec; the generated With<Scheme> options are shorthands for it.
func WithCredential(scheme string, source TokenSource) Option {
	return func(s *settings) {
		credentials := make(map[string]TokenSource, len(s.credentials)+1)
		for k, v := range s.credentials {
			credentials[k] = v
		}
		credentials[scheme] = source
		s.credentials = credentials
	}
}

// New returns a client for the server at baseURL, such as "https://id.example.com".
func New(baseURL string, opts ...Option) (*TesseraClient, error) {
	parsed, err := url.Parse(baseURL)
	if err != nil || parsed.Scheme == "" || parsed.Host == "" {
		return nil, fmt.Errorf("tessera: the base URL %q is not an absolute http(s) URL", baseURL)
	}
	c := &TesseraClient{
		baseURL: strings.TrimRight(baseURL, "/"),
		settings: settings{
			httpClient:    &http.Client{},
			timeout:       defaultTimeout,
			maxRetries:    defaultMaxRetries,
			maxRetryDelay: defaultMaxRetryDelay,
		},
	}
	for _, opt := range opts {
		opt(&c.settings)
	}
	return c, nil
}

// With returns a client like c with opts applied on top of its own.
func (c *TesseraClient) With(opts ...Option) *TesseraClient {
	derived := &TesseraClient{baseURL: c.baseURL, settings: c.settings}
	for _, opt := range opts {
		opt(&derived.settings)
	}
	return derived
}

// BaseURL is the server's base URL, without a trailing slash.
func (c *TesseraClient) BaseURL() string { return c.baseURL }

// request is one call, as an operation describes it.
type request struct {
	method string
	path   string
	query  any
	body   any
	form   any
	auth   []string
	text   bool
	header http.Header
}

func isIdempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// isRetryableStatus: 408, 429 and 5xx are worth another attempt.
func isRetryableStatus(status int) bool {
	return status == http.StatusRequestTimeout || status == http.StatusTooManyRequests || status >= 500
}

// retryDelay is the wait before retry number attempt (1-based): the server's Retry-After when
// it sent one, else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
func retryDelay(attempt int, retryAfter, limit time.Duration) time.Duration {
	if retryAfter > 0 {
		return min(retryAfter, limit)
	}
	backoff := min(initialRetryDelay<<(attempt-1), maxBackoff)
	backoff -= time.Duration(rand.Float64() * 0.25 * float64(backoff))
	return min(backoff, limit)
}

// do sends r with retries and decodes a success into out (nil: no body expected).
func (c *TesseraClient) do(ctx context.Context, r request, out any, opts []Option) error {
	s := c.settings
	for _, opt := range opts {
		opt(&s)
	}
	body, contentType, err := encodeBody(r)
	if err != nil {
		return fmt.Errorf("tessera: %s %s: encoding the request: %w", r.method, r.path, err)
	}
	target := c.baseURL + r.path
	if r.query != nil {
		values, err := formValues(r.query)
		if err != nil {
			return fmt.Errorf("tessera: %s %s: encoding the query: %w", r.method, r.path, err)
		}
		if len(values) > 0 {
			target += "?" + values.Encode()
		}
	}
	retryable := isIdempotent(r.method) || s.retryNonIdempotent
	for attempt := 0; ; attempt++ {
		status, header, answer, err := c.send(ctx, &s, r, target, body, contentType)
		var failure error
		var retryAfter time.Duration
		switch {
		case err != nil:
			var conn *ConnectionError
			if !errors.As(err, &conn) {
				return err
			}
			failure = err
		case status >= 200 && status < 300:
			return decode(answer, r.text, out, r)
		default:
			apiErr := newAPIError(status, header, answer)
			if !isRetryableStatus(status) {
				return apiErr
			}
			failure, retryAfter = apiErr, apiErr.RetryAfter
		}
		if !retryable || attempt >= s.maxRetries {
			return failure
		}
		delay := retryDelay(attempt+1, retryAfter, s.maxRetryDelay)
		if s.onRetry != nil {
			s.onRetry(RetryEvent{Method: r.method, Path: r.path, Attempt: attempt + 1, Delay: delay, Err: failure})
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
	}
}

// send makes one attempt: the status, headers and body, or a *ConnectionError. The
// caller's own cancellation is returned as ctx.Err().
func (c *TesseraClient) send(ctx context.Context, s *settings, r request, target string, body []byte, contentType string) (int, http.Header, []byte, error) {
	attemptCtx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	var reader io.Reader
	if body != nil {
		reader = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(attemptCtx, r.method, target, reader)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("tessera: %s %s: %w", r.method, r.path, err)
	}
	req.Header.Set("Accept", "application/json, application/problem+json")
	req.Header.Set("User-Agent", "tessera-go/"+Version)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for _, scheme := range r.auth {
		source := s.credentials[scheme]
		if source == nil {
			continue
		}
		token, err := source.Token(ctx)
		if err != nil {
			return 0, nil, nil, fmt.Errorf("tessera: %s %s: credential %s: %w", r.method, r.path, scheme, err)
		}
		if token != "" {
			name, prefix := schemeHeader(scheme)
			req.Header.Set(name, prefix+token)
			break
		}
	}
	for name, values := range s.headers {
		req.Header[name] = values
	}
	for name, values := range r.header {
		req.Header[name] = values
	}
	resp, err := s.httpClient.Do(req)
	if err == nil {
		var answer []byte
		// Read the body inside the timeout, so a stalled body is a timeout too.
		answer, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		if err == nil {
			return resp.StatusCode, resp.Header, answer, nil
		}
	}
	if ctx.Err() != nil {
		return 0, nil, nil, ctx.Err()
	}
	timedOut := errors.Is(attemptCtx.Err(), context.DeadlineExceeded)
	return 0, nil, nil, &ConnectionError{Method: r.method, Path: r.path, Timeout: timedOut, Err: err}
}

func encodeBody(r request) ([]byte, string, error) {
	switch {
	case !isNil(r.form):
		values, err := formValues(r.form)
		if err != nil {
			return nil, "", err
		}
		return []byte(values.Encode()), "application/x-www-form-urlencoded", nil
	case !isNil(r.body):
		data, err := json.Marshal(r.body)
		return data, "application/json", err
	}
	return nil, "", nil
}

// isNil: an untyped nil or a typed nil pointer (an optional body left out).
func isNil(v any) bool {
	if v == nil {
		return true
	}
	value := reflect.ValueOf(v)
	return value.Kind() == reflect.Pointer && value.IsNil()
}

// formValues flattens a struct of scalars (query parameters, a form body) into url.Values
// through its JSON form, so the `json` tags name the fields and omitempty leaves nil out.
func formValues(v any) (url.Values, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	values := url.Values{}
	if string(data) == "null" {
		return values, nil
	}
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	var fields map[string]any
	if err := decoder.Decode(&fields); err != nil {
		return nil, err
	}
	for key, value := range fields {
		switch value := value.(type) {
		case nil:
		case string:
			values.Set(key, value)
		case json.Number:
			values.Set(key, value.String())
		case bool:
			values.Set(key, fmt.Sprint(value))
		default:
			return nil, fmt.Errorf("%s: only scalars can be sent as form or query values", key)
		}
	}
	return values, nil
}

func decode(answer []byte, text bool, out any, r request) error {
	if out == nil {
		return nil
	}
	if text {
		if s, ok := out.(*string); ok {
			*s = string(answer)
		}
		return nil
	}
	if len(bytes.TrimSpace(answer)) == 0 {
		return nil
	}
	if err := json.Unmarshal(answer, out); err != nil {
		return fmt.Errorf("tessera: %s %s: decoding the response: %w", r.method, r.path, err)
	}
	return nil
}

// hasKeys reports whether every key is in the object.
func hasKeys(object map[string]json.RawMessage, keys ...string) bool {
	for _, key := range keys {
		if _, ok := object[key]; !ok {
			return false
		}
	}
	return true
}

// Ptr returns a pointer to v, for optional fields: tessera.Ptr("Acme").
func Ptr[T any](v T) *T { return &v }
