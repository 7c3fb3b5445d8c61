<?php

declare(strict_types=1);

namespace Tessera;

/**
 * One page of a cursor-paginated list. Iterating it (foreach) yields this page's items and
 * then every later page's, fetching them as it goes.
 *
 *     foreach ($client->listUsers('acme', limit: 50) as $user) {
 *         echo $user->email, "\n";
 *     }
 *
 * @template T
 * @implements \IteratorAggregate<int, T>
 */
final class Page implements \IteratorAggregate
{
    /** @var list<T> This page's items. */
    public readonly array $data;
    /** The cursor of the next page; null on the last page. */
    public readonly ?string $nextCursor;

    /**
     * @param \Closure(?string): array{0: list<T>, 1: ?string} $fetch Takes a cursor (null for
     *     the first page) and returns [items, next cursor].
     * @param array{0: list<T>, 1: ?string}|null $first
     */
    public function __construct(private readonly \Closure $fetch, ?string $cursor, ?array $first = null)
    {
        [$this->data, $this->nextCursor] = $first ?? ($this->fetch)($cursor);
    }

    public function hasNextPage(): bool
    {
        return $this->nextCursor !== null;
    }

    /**
     * The next page, fetched now; null after the last.
     *
     * @return self<T>|null
     */
    public function nextPage(): ?self
    {
        if ($this->nextCursor === null) {
            return null;
        }
        return new self($this->fetch, null, ($this->fetch)($this->nextCursor));
    }

    /**
     * This page and every later one.
     *
     * @return \Generator<int, self<T>>
     */
    public function pages(): \Generator
    {
        $page = $this;
        while ($page !== null) {
            yield $page;
            $page = $page->nextPage();
        }
    }

    /** @return \Generator<int, T> */
    public function getIterator(): \Generator
    {
        foreach ($this->pages() as $page) {
            foreach ($page->data as $item) {
                yield $item;
            }
        }
    }
}
