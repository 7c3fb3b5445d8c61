// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The client: one method per operation of the API.
import { BaseClient, type ClientOptions, type RequestOptions } from "./core.js";
import type {
  Adoption,
  NewPet,
  Pet,
  PetKind,
  PetList,
  Rename,
  TokenAnswer,
  TokenForm,
} from "./models.js";
import { PagePromise } from "./pagination.js";

/**
 * Query parameters of `listPets`.
 */
export interface ListPetsQuery {
  kind?: PetKind;
  limit?: number;
  cursor?: string;
}

/**
 * A client for the Mini API.
 *
 * A tiny API for the generator's golden tests.
 */
export class TesseraClient extends BaseClient {
  constructor(options: ClientOptions) {
    super(options);
  }

  /** A client like this one with some options changed, such as another credential. */
  withOptions(overrides: Partial<ClientOptions>): TesseraClient {
    return new TesseraClient({ ...this.options, ...overrides });
  }

  /**
   * List pets.
   *
   * Await the result for the first page, or iterate it with `for await` to get every Pet across pages.
   *
   * @throws {UnprocessableError} 422 Bad limit
   */
  listPets(query: ListPetsQuery = {}, options?: RequestOptions): PagePromise<PetList, Pet> {
    return new PagePromise<PetList, Pet>(
      (_cursor) => this.request<PetList>({ method: "GET", path: `/pets`, auth: ["api_key"], expect: "json", query: { ...query, cursor: _cursor } }, options),
      query.cursor,
    );
  }

  /**
   * Add a pet.
   *
   * @throws {ConflictError} 409 Taken
   */
  createPet(body: NewPet, options?: RequestOptions): Promise<Pet> {
    return this.request<Pet>({ method: "POST", path: `/pets`, body, auth: ["api_key", "user_token"], expect: "json" }, options);
  }

  /**
   * Remove a pet.
   */
  deletePet(petId: string, options?: RequestOptions): Promise<void> {
    return this.request<void>({ method: "DELETE", path: `/pets/${encodeURIComponent(String(petId))}`, expect: "empty" }, options);
  }

  /**
   * Rename a pet.
   *
   * An empty body changes nothing.
   */
  renamePet(petId: string, body?: Rename | null, options?: RequestOptions): Promise<Pet> {
    return this.request<Pet>({ method: "PATCH", path: `/pets/${encodeURIComponent(String(petId))}`, body, expect: "json" }, options);
  }

  /**
   * Get a token.
   */
  getToken(tenant: string, body: TokenForm, options?: RequestOptions): Promise<TokenAnswer> {
    return this.request<TokenAnswer>({ method: "POST", path: `/t/${encodeURIComponent(String(tenant))}/oauth/token`, form: body, expect: "json" }, options);
  }

  /**
   * Adopt a pet, or be told to wait.
   */
  adopt(options?: RequestOptions): Promise<Adoption> {
    return this.request<Adoption>({ method: "POST", path: `/adopt`, expect: "json" }, options);
  }

  /**
   * Export.
   */
  exportPets(options?: RequestOptions): Promise<string> {
    return this.request<string>({ method: "GET", path: `/export`, expect: "text" }, options);
  }
}
