using System.Security.Cryptography;
using System.Text;
using Idocs.Common.Ids;
using Idocs.Documents.Integrations.Idempotency;
using Idocs.Web.Api.Problems;
using Idocs.Web.Api.Tokens;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Idempotency;

/// <summary>
/// Makes a state-changing call that carries an <c>Idempotency-Key</c> header run once per caller
/// and key. A repeat with the same method, path and body gets the first response again, with the
/// header <c>Idempotent-Replayed: true</c>. A repeat with another body gets 422, and a repeat while
/// the first call still runs gets 409. Responses with 401, 403, 408, 409, 429 or 5xx are not kept,
/// so the client can retry the same key after fixing the cause.
/// </summary>
public sealed class IdempotencyFilter(IIdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider clock) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;

    private static readonly int[] StatusesNotKept =
    [
        StatusCodes.Status401Unauthorized,
        StatusCodes.Status403Forbidden,
        StatusCodes.Status408RequestTimeout,
        StatusCodes.Status409Conflict,
        StatusCodes.Status429TooManyRequests,
    ];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var http = context.HttpContext;
        if (!IsStateChanging(http.Request.Method) || !http.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(character => character is < '!' or > '~'))
        {
            return ApiResults.Problem(
                StatusCodes.Status400BadRequest,
                IdempotencyErrorCodes.InvalidKey,
                $"The {HeaderName} header must be 1 to {MaxKeyLength} printable ASCII characters without spaces; a UUID is a good key.");
        }

        var caller = ApiCaller.From(http.User);
        if (caller is null)
        {
            // Unauthenticated requests are rejected by the endpoint's own checks; nothing to remember.
            return await next(context);
        }

        var requestHash = await HashRequestAsync(http.Request);
        var now = clock.GetUtcNow();

        // A repeat usually finds the stored record here. When two first requests race, the unique
        // index lets only one insert below through, and the other replays or waits.
        var stored = await store.FindAsync(caller.IdempotencyKey, key, now, http.RequestAborted);
        if (stored is not null)
        {
            return await AnswerRepeatAsync(http, stored, key, requestHash);
        }

        var record = new IdempotencyRecord(IdGenerator.NewId(clock), caller.IdempotencyKey, key, requestHash, now, now + options.Value.Lifetime);
        var reserved = await store.ReserveAsync(record, http.RequestAborted);
        if (!reserved.IsSuccess)
        {
            var winner = await store.FindAsync(caller.IdempotencyKey, key, clock.GetUtcNow(), http.RequestAborted);
            return await AnswerRepeatAsync(http, winner, key, requestHash);
        }

        return await RunAndKeepAsync(context, next, record);
    }

    private static async Task<object?> AnswerRepeatAsync(HttpContext http, IdempotencyRecord? existing, string key, string requestHash)
    {
        if (existing is null || !existing.IsCompleted)
        {
            return ApiResults.Problem(
                StatusCodes.Status409Conflict,
                IdempotencyErrorCodes.RequestInProgress,
                $"A request with {HeaderName} '{key}' is still running; retry in a few seconds.");
        }

        if (!string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal))
        {
            return ApiResults.Problem(
                StatusCodes.Status422UnprocessableEntity,
                IdempotencyErrorCodes.KeyReusedWithDifferentRequest,
                $"{HeaderName} '{key}' was already used for a different request; use a new key for a new request.");
        }

        http.Response.StatusCode = existing.StatusCode!.Value;
        if (existing.ContentType is not null)
        {
            http.Response.ContentType = existing.ContentType;
        }

        if (existing.Location is not null)
        {
            http.Response.Headers.Location = existing.Location;
        }

        http.Response.Headers[ReplayedHeaderName] = "true";
        await http.Response.Body.WriteAsync(existing.ResponseBody, http.RequestAborted);
        return Results.Empty;
    }

    private async Task<object?> RunAndKeepAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, IdempotencyRecord record)
    {
        var http = context.HttpContext;
        var originalBody = http.Response.Body;
        using var buffer = new MemoryStream();
        try
        {
            var result = await next(context);
            http.Response.Body = buffer;
            await ExecuteAsync(result, http);
        }
        catch
        {
            http.Response.Body = originalBody;
            await store.ReleaseAsync(record, CancellationToken.None);
            throw;
        }
        finally
        {
            http.Response.Body = originalBody;
        }

        var status = http.Response.StatusCode;
        if (status >= 500 || StatusesNotKept.Contains(status))
        {
            await store.ReleaseAsync(record, CancellationToken.None);
        }
        else
        {
            record.Complete(status, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
            await store.CompleteAsync(record, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, http.RequestAborted);
        return Results.Empty;
    }

    private static Task ExecuteAsync(object? result, HttpContext http) => result switch
    {
        IResult typed => typed.ExecuteAsync(http),
        null => Task.CompletedTask,
        string text => Results.Text(text).ExecuteAsync(http),
        _ => Results.Json(result).ExecuteAsync(http),
    };

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));

        // The gateway enabled buffering for this request, so the body can be read again here.
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                hash.AppendData(chunk, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
