// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Cursor pagination: one page as a promise, every item as an async iterator.

/** A page of a cursor-paginated list. */
export interface CursorPage<T> {
  data: T[];
  next_cursor?: string;
}

/**
 * The result of a list operation. `await` it for the first page; iterate it with
 * `for await` for every item, fetching the next page as the previous one runs out.
 *
 * ```ts
 * const first = await client.listTenants({ limit: 10 });
 * for await (const tenant of client.listTenants()) console.log(tenant.slug);
 * ```
 */
export class PagePromise<P extends CursorPage<T>, T> implements PromiseLike<P>, AsyncIterable<T> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<P>;
  readonly #start: string | undefined;
  #first: Promise<P> | undefined;

  /** @internal */
  constructor(fetchPage: (cursor: string | undefined) => Promise<P>, start: string | undefined) {
    this.#fetchPage = fetchPage;
    this.#start = start;
  }

  #firstPage(): Promise<P> {
    this.#first ??= this.#fetchPage(this.#start);
    return this.#first;
  }

  then<A = P, B = never>(
    onfulfilled?: ((page: P) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<P | B> {
    return this.#firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<P> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page, the first one included. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let page = await this.#firstPage();
    yield page;
    while (page.next_cursor) {
      page = await this.#fetchPage(page.next_cursor);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) {
      yield* page.data;
    }
  }
}
