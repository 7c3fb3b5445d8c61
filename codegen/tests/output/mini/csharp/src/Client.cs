// generated from spec/openapi.yaml by tessera-codegen, do not edit
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

    /// <summary>
    /// List pets.
    /// </summary>
    /// <param name="kind"></param>
    /// <param name="limit"></param>
    /// <param name="cursor"></param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="UnprocessableException">422 Bad limit</exception>
    public async Task<Page<Pet>> ListPetsAsync(PetKind? kind = null, long? limit = null, string? cursor = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        async Task<(IReadOnlyList<Pet>, string?)> Fetch(string? _cursor, CancellationToken _token)
        {
            var _page = await RequestAsync<PetList>("GET", $"/pets", new KeyValuePair<string, object?>[] { new("kind", kind), new("limit", limit), new("cursor", _cursor) }, null, null, new[] { "api_key" }, options, _token).ConfigureAwait(false);
            return (_page.Data, _page.NextCursor);
        }
        return await Page<Pet>.FirstAsync(Fetch, cursor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Add a pet.
    /// </summary>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    /// <exception cref="ConflictException">409 Taken</exception>
    public async Task<Pet> CreatePetAsync(NewPet body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Pet>("POST", $"/pets", null, body, null, new[] { "api_key", "user_token" }, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Remove a pet.
    /// </summary>
    /// <param name="petId"></param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task DeletePetAsync(string petId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        await SendAsync("DELETE", $"/pets/{PathParam(petId)}", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Rename a pet.
    /// 
    /// An empty body changes nothing.
    /// </summary>
    /// <param name="petId"></param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<Pet> RenamePetAsync(string petId, Rename? body = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Pet>("PATCH", $"/pets/{PathParam(petId)}", null, body, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Get a token.
    /// </summary>
    /// <param name="tenant"></param>
    /// <param name="body">The request body.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<TokenAnswer> GetTokenAsync(string tenant, TokenForm body, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<TokenAnswer>("POST", $"/t/{PathParam(tenant)}/oauth/token", null, null, body, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adopt a pet, or be told to wait.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<Adoption> AdoptAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<Adoption>("POST", $"/adopt", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Export.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call, retries included.</param>
    public async Task<string> ExportPetsAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        return await RequestAsync<string>("GET", $"/export", null, null, null, Array.Empty<string>(), options, cancellationToken).ConfigureAwait(false);
    }
}
