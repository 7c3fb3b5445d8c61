// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Package tessera is a client for the Mini API.
//
// A tiny API for the generator's golden tests.
//
// Create a [TesseraClient] with [New], the server's base URL and a credential option; every
// operation of the API is a method taking a context first:
//
//	client, err := tessera.New("http://127.0.0.1:8080", tessera.WithAdminKey(key))
//	tenant, err := client.GetTenant(ctx, "acme")
package tessera

import (
	"context"
	"iter"
	"net/url"
)

// WithAPIKey sends token on the operations that accept the "api_key" scheme.
func WithAPIKey(token string) Option {
	return WithCredential("api_key", StaticToken(token))
}

// WithAPIKeySource gets the "api_key" credential from source before each request.
func WithAPIKeySource(source TokenSource) Option {
	return WithCredential("api_key", source)
}

// WithUserToken sends token on the operations that accept the "user_token" scheme.
func WithUserToken(token string) Option {
	return WithCredential("user_token", StaticToken(token))
}

// WithUserTokenSource gets the "user_token" credential from source before each request.
func WithUserTokenSource(source TokenSource) Option {
	return WithCredential("user_token", source)
}

// schemeHeader is the header a security scheme's credential travels in, and its prefix.
func schemeHeader(scheme string) (string, string) {
	switch scheme {
	case "api_key":
		return "X-Api-Key", ""
	case "user_token":
		return "Authorization", "Bearer "
	}
	return "Authorization", "Bearer "
}

// ListPetsParams holds the query parameters of [TesseraClient.ListPets]; nil sends none.
type ListPetsParams struct {
	Kind   *PetKind `json:"kind,omitempty"`
	Limit  *int64   `json:"limit,omitempty"`
	Cursor *string  `json:"cursor,omitempty"`
}

// ListPets sends GET /pets.
//
// List pets.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 422 (ErrUnprocessable): Bad limit
func (c *TesseraClient) ListPets(ctx context.Context, params *ListPetsParams, opts ...Option) (*PetList, error) {
	var out PetList
	if err := c.do(ctx, request{method: "GET", path: "/pets", query: params, auth: []string{"api_key"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ListPetsAll iterates over every Pet of [TesseraClient.ListPets], fetching the next page as the previous one runs out. The iteration stops at the first error, which it yields.
func (c *TesseraClient) ListPetsAll(ctx context.Context, params *ListPetsParams, opts ...Option) iter.Seq2[Pet, error] {
	var p ListPetsParams
	if params != nil {
		p = *params
	}
	return paginate(p.Cursor, func(cursor *string) (*PetList, error) {
		p.Cursor = cursor
		return c.ListPets(ctx, &p, opts...)
	}, func(page *PetList) ([]Pet, *string) { return page.Data, page.NextCursor })
}

// CreatePet sends POST /pets.
//
// Add a pet.
//
// Errors, as an *APIError matching errors.Is:
//
//   - 409 (ErrConflict): Taken
func (c *TesseraClient) CreatePet(ctx context.Context, body NewPet, opts ...Option) (*Pet, error) {
	var out Pet
	if err := c.do(ctx, request{method: "POST", path: "/pets", body: body, auth: []string{"api_key", "user_token"}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// DeletePet sends DELETE /pets/{pet_id}.
//
// Remove a pet.
func (c *TesseraClient) DeletePet(ctx context.Context, petID string, opts ...Option) error {
	return c.do(ctx, request{method: "DELETE", path: "/pets/" + url.PathEscape(petID)}, nil, opts)
}

// RenamePet sends PATCH /pets/{pet_id}.
//
// Rename a pet.
//
// An empty body changes nothing.
func (c *TesseraClient) RenamePet(ctx context.Context, petID string, body *Rename, opts ...Option) (*Pet, error) {
	var out Pet
	if err := c.do(ctx, request{method: "PATCH", path: "/pets/" + url.PathEscape(petID), body: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetToken sends POST /t/{tenant}/oauth/token.
//
// Get a token.
func (c *TesseraClient) GetToken(ctx context.Context, tenant string, body TokenForm, opts ...Option) (*TokenAnswer, error) {
	var out TokenAnswer
	if err := c.do(ctx, request{method: "POST", path: "/t/" + url.PathEscape(tenant) + "/oauth/token", form: body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// Adopt sends POST /adopt.
//
// Adopt a pet, or be told to wait.
func (c *TesseraClient) Adopt(ctx context.Context, opts ...Option) (*Adoption, error) {
	var out Adoption
	if err := c.do(ctx, request{method: "POST", path: "/adopt"}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ExportPets sends GET /export.
//
// Export.
func (c *TesseraClient) ExportPets(ctx context.Context, opts ...Option) (string, error) {
	var out string
	err := c.do(ctx, request{method: "GET", path: "/export", text: true}, &out, opts)
	return out, err
}
