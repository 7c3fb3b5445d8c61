using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Tessera;

/// <summary>
/// One page of a cursor-paginated list. <c>await foreach</c> over it yields this page's items
/// and then every later page's, fetching them as it goes.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, CancellationToken, Task<(IReadOnlyList<T> Data, string? NextCursor)>> fetch;

    /// <summary>This page's items.</summary>
    public IReadOnlyList<T> Data { get; }
    /// <summary>The cursor of the next page; null on the last page.</summary>
    public string? NextCursor { get; }

    private Page(Func<string?, CancellationToken, Task<(IReadOnlyList<T>, string?)>> fetch, IReadOnlyList<T> data, string? nextCursor)
    {
        this.fetch = fetch;
        Data = data;
        NextCursor = nextCursor;
    }

    /// <summary>Fetches the page at cursor (null: the first page).</summary>
    public static async Task<Page<T>> FirstAsync(Func<string?, CancellationToken, Task<(IReadOnlyList<T>, string?)>> fetch, string? cursor, CancellationToken cancellationToken)
    {
        var (data, next) = await fetch(cursor, cancellationToken).ConfigureAwait(false);
        return new Page<T>(fetch, data, next);
    }

    /// <summary>Whether a later page exists.</summary>
    public bool HasNextPage => NextCursor is not null;

    /// <summary>The next page, fetched now; null after the last.</summary>
    public Task<Page<T>?> GetNextPageAsync(CancellationToken cancellationToken = default) =>
        NextCursor is null ? Task.FromResult<Page<T>?>(null) : FirstAsync(fetch, NextCursor, cancellationToken)!;

    /// <summary>This page and every later one.</summary>
    public async IAsyncEnumerable<Page<T>> PagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Page<T>? page = this;
        while (page is not null)
        {
            yield return page;
            page = await page.GetNextPageAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every item of this page and of every later one.</summary>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Data)
            {
                yield return item;
            }
        }
    }
}
