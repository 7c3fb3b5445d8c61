using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Tessera.Models;

namespace Tessera;

/// <summary>
/// A client for the Tessera API, one async method per operation.
/// </summary>
/// <example>
/// <code>
/// var client = new TesseraClient(new ClientOptions { BaseUrl = "http://127.0.0.1:8080", AdminKey = key });
/// var tenant = await client.CreateTenantAsync(new CreateTenant { Slug = "acme", Name = "Acme" });
/// </code>
/// </example>
public sealed class TesseraClient : BaseClient
{
    /// <summary>A client with these settings.</summary>
    public TesseraClient(ClientOptions options) : base(options) { }

    /// <summary>A client like this one with some settings changed, such as another credential.</summary>
    public TesseraClient WithOptions(Func<ClientOptions, ClientOptions> change) => new(change(Options));
{%- for m in methods %}

{{ m.doc }}    public async {% if m.empty %}Task{% else %}Task<{{ m.returns }}>{% endif %} {{ m.name }}({{ m.params }})
    {
{%- if let Some(p) = m.page %}
        async Task<(IReadOnlyList<{{ p.item }}>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<{{ p.model }}>({{ m.request_paged }}).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<{{ p.item }}>.FirstAsync(Fetch, {{ p.start }}, cancellationToken).ConfigureAwait(false);
{%- else if m.empty %}
        await SendAsync({{ m.request }}).ConfigureAwait(false);
{%- else %}
        return await RequestAsync<{{ m.returns }}>({{ m.request }}).ConfigureAwait(false);
{%- endif %}
    }
{%- endfor %}
}
