// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// The API's data types. Optional fields are pointers (or nil-able slices and maps) tagged
// omitempty: nil means absent, and an absent field is not sent. [Ptr] makes a pointer.

import (
	"encoding/json"
	"fmt"
	"time"
)

// Pet: A pet. Its `name` may be "unknown" */ and that's fine.
type Pet struct {
	ID string `json:"id"`
	// The """name""".
	Name      string           `json:"name"`
	Kind      PetKind          `json:"kind"`
	BornAt    time.Time        `json:"born_at"`
	Tags      Tags             `json:"tags"`
	Traits    map[string]int64 `json:"traits"`
	Owner     *string          `json:"owner"`
	VetVisits []time.Time      `json:"vet_visits,omitempty"`
	Friends   []Pet            `json:"friends,omitempty"`
	// A Python keyword.
	From *string `json:"from,omitempty"`
}

// Adoption: A pet, or a place on the waiting list.
//
// Exactly one field is set: the first variant, in this order, whose required JSON keys
// are all present.
type Adoption struct {
	Pet     *Pet
	Waiting *Waiting
}

// UnmarshalJSON sets the first variant whose required keys are all present.
func (u *Adoption) UnmarshalJSON(data []byte) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return err
	}
	*u = Adoption{}
	if hasKeys(keys, "id", "name", "kind", "born_at", "tags", "traits", "owner") {
		u.Pet = new(Pet)
		return json.Unmarshal(data, u.Pet)
	}
	if hasKeys(keys, "position") {
		u.Waiting = new(Waiting)
		return json.Unmarshal(data, u.Waiting)
	}
	return fmt.Errorf("tessera: no variant of Adoption matches %s", data)
}

// MarshalJSON writes the variant that is set, or null.
func (u Adoption) MarshalJSON() ([]byte, error) {
	switch {
	case u.Pet != nil:
		return json.Marshal(u.Pet)
	case u.Waiting != nil:
		return json.Marshal(u.Waiting)
	}
	return []byte("null"), nil
}

// Waiting is the schema Waiting.
type Waiting struct {
	Position int64 `json:"position"`
}

// PetKind is the schema PetKind.
type PetKind string

// Values of PetKind. A newer server may send others; compare, don't switch exhaustively.
const (
	PetKindCat PetKind = "cat"
	PetKindDog PetKind = "dog"
)

// Tags is the schema Tags.
type Tags = []string

// NewPet is the schema NewPet.
type NewPet struct {
	Name string  `json:"name"`
	Kind PetKind `json:"kind"`
}

// Rename is the schema Rename.
type Rename struct {
	Name *string `json:"name,omitempty"`
}

// TokenForm is the schema TokenForm.
type TokenForm struct {
	GrantType    string  `json:"grant_type"`
	Scope        *string `json:"scope,omitempty"`
	Resource     *string `json:"resource,omitempty"`
	ClientID     *string `json:"client_id,omitempty"`
	ClientSecret *string `json:"client_secret,omitempty"`
}

// TokenAnswer is the schema TokenAnswer.
type TokenAnswer struct {
	AccessToken string            `json:"access_token"`
	ExpiresIn   int64             `json:"expires_in"`
	Scope       *string           `json:"scope,omitempty"`
	Extra       map[string]string `json:"extra,omitempty"`
}

// PetList is the schema PetList.
type PetList struct {
	Data       []Pet   `json:"data"`
	NextCursor *string `json:"next_cursor,omitempty"`
}

// Code is the schema Code.
type Code string

// Values of Code. A newer server may send others; compare, don't switch exhaustively.
const (
	CodeNotFound Code = "not_found"
	CodeTaken    Code = "taken"
)

// Problem is the schema Problem.
type Problem struct {
	Status    int64   `json:"status"`
	Detail    string  `json:"detail"`
	Code      Code    `json:"code"`
	RequestID *string `json:"request_id,omitempty"`
}
