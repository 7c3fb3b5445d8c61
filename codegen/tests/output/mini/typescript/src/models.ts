// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The API's data types, exactly as they travel as JSON.

/**
 * A pet. Its `name` may be "unknown" *\/ and that's fine.
 */
export interface Pet {
  id: string;
  /**
   * The """name""".
   */
  name: string;
  kind: PetKind;
  /**
   * An RFC 3339 date-time, such as `2026-01-31T09:30:00Z`.
   */
  born_at: string;
  tags: Tags;
  traits: Record<string, number>;
  owner: string | null;
  vet_visits?: string[];
  friends?: Pet[];
  /**
   * A Python keyword.
   */
  from?: string;
}

/**
 * A pet, or a place on the waiting list.
 */
export type Adoption = Pet | Waiting;

export interface Waiting {
  position: number;
}

export type PetKind = "cat" | "dog";

export type Tags = string[];

export interface NewPet {
  name: string;
  kind: PetKind;
}

export interface Rename {
  name?: string;
}

export interface TokenForm {
  grant_type: string;
  scope?: string;
  resource?: string;
  client_id?: string;
  client_secret?: string;
}

export interface TokenAnswer {
  access_token: string;
  expires_in: number;
  scope?: string;
  extra?: Record<string, string>;
}

export interface PetList {
  data: Pet[];
  next_cursor?: string;
}

export type Code = "not_found" | "taken";

export interface Problem {
  status: number;
  detail: string;
  code: Code;
  request_id?: string;
}
