// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// Errors. A status the server answers with is an *APIError; match its meaning with
// errors.Is (ErrNotFound, ErrConflict...) and read its fields with errors.As. No answer at
// all is a *ConnectionError (errors.Is(err, ErrTimeout) when the timeout ran out).

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ErrorCodes lists every machine-readable code this version of the API can answer with.
var ErrorCodes = []Code{
	"not_found",
	"taken",
}

// Sentinels for errors.Is, one per meaning of an error status.
var (
	ErrBadRequest       = errors.New("tessera: bad request (400)")
	ErrAuthentication   = errors.New("tessera: missing or invalid credentials (401)")
	ErrPermissionDenied = errors.New("tessera: permission denied (403)")
	ErrNotFound         = errors.New("tessera: not found (404)")
	ErrConflict         = errors.New("tessera: conflict (409)")
	ErrUnprocessable    = errors.New("tessera: invalid values (422)")
	ErrRateLimited      = errors.New("tessera: rate limited (429)")
	ErrInternalServer   = errors.New("tessera: server error (5xx)")
	ErrTimeout          = errors.New("tessera: timed out")
)

// APIError is an error status from the server. Branch on Code (stable) or errors.Is with a
// sentinel; Detail is written for people and may change.
type APIError struct {
	// Status is the HTTP status.
	Status int
	// Code is the problem document's machine-readable code (or an OAuth `error`).
	Code Code
	// Detail says what went wrong, for a person.
	Detail string
	// RequestID is the server's request id (x-request-id), to quote when reporting a problem.
	RequestID string
	// RetryAfter is the server's Retry-After, zero when it sent none.
	RetryAfter time.Duration
	// Problem is the whole RFC 9457 problem document, when the body was one.
	Problem *Problem
	// Header holds the response headers.
	Header http.Header
}

// Error describes the failure: status, code, detail and request id.
func (e *APIError) Error() string {
	if e.Code != "" {
		return fmt.Sprintf("tessera: %d %s: %s (request %s)", e.Status, e.Code, e.Detail, e.RequestID)
	}
	return fmt.Sprintf("tessera: %d: %s (request %s)", e.Status, e.Detail, e.RequestID)
}

// Is reports whether target is the sentinel of this error's status.
func (e *APIError) Is(target error) bool {
	sentinel := statusSentinel(e.Status)
	return sentinel != nil && target == sentinel
}

func statusSentinel(status int) error {
	switch {
	case status == 400:
		return ErrBadRequest
	case status == 401:
		return ErrAuthentication
	case status == 403:
		return ErrPermissionDenied
	case status == 404:
		return ErrNotFound
	case status == 409:
		return ErrConflict
	case status == 422:
		return ErrUnprocessable
	case status == 429:
		return ErrRateLimited
	case status >= 500:
		return ErrInternalServer
	}
	return nil
}

// ConnectionError means no answer: the server could not be reached, the connection broke,
// or the timeout ran out (then errors.Is(err, ErrTimeout)).
type ConnectionError struct {
	Method, Path string
	// Timeout is true when the attempt ran out of time.
	Timeout bool
	Err     error
}

// Error describes the failure: the call and why it got no answer.
func (e *ConnectionError) Error() string {
	return fmt.Sprintf("tessera: %s %s: %v", e.Method, e.Path, e.Err)
}

// Unwrap returns the underlying network error, for errors.Is and errors.As.
func (e *ConnectionError) Unwrap() error { return e.Err }

// Is matches ErrTimeout when the attempt timed out.
func (e *ConnectionError) Is(target error) bool { return e.Timeout && target == ErrTimeout }

// newAPIError reads an RFC 9457 problem document, or an RFC 6749 §5.2 OAuth error.
func newAPIError(status int, header http.Header, body []byte) *APIError {
	e := &APIError{Status: status, Header: header, RequestID: header.Get("X-Request-Id")}
	var doc struct {
		Code             string `json:"code"`
		Error            string `json:"error"`
		Title            string `json:"title"`
		Detail           string `json:"detail"`
		ErrorDescription string `json:"error_description"`
		RequestID        string `json:"request_id"`
	}
	if json.Unmarshal(body, &doc) == nil {
		e.Code = Code(firstOf(doc.Code, doc.Error))
		e.Detail = firstOf(doc.Detail, doc.ErrorDescription, doc.Title)
		if e.RequestID == "" {
			e.RequestID = doc.RequestID
		}
		if doc.Code != "" {
			var problem Problem
			if json.Unmarshal(body, &problem) == nil {
				e.Problem = &problem
			}
		}
	}
	if e.Detail == "" {
		text := strings.TrimSpace(string(body))
		if len(text) > 200 {
			text = text[:200]
		}
		e.Detail = firstOf(text, http.StatusText(status), "HTTP "+strconv.Itoa(status))
	}
	e.RetryAfter = parseRetryAfter(header.Get("Retry-After"), time.Now())
	return e
}

// parseRetryAfter reads delay-seconds or an HTTP date (RFC 9110 §10.2.3); zero when absent.
func parseRetryAfter(value string, now time.Time) time.Duration {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0
	}
	if seconds, err := strconv.ParseUint(value, 10, 32); err == nil {
		return time.Duration(seconds) * time.Second
	}
	if at, err := http.ParseTime(value); err == nil && at.After(now) {
		return at.Sub(now)
	}
	return 0
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
