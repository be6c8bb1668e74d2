using System.Diagnostics;
using Idocs.Common.Ids;
using Idocs.Documents.Integrations.ApiTokens;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// Writes one <see cref="ApiCallRecord"/> for every request authenticated by an API token, after the
/// response: token, method, route template, status and duration. Bodies, paths with ids and query
/// strings are never stored. The row is saved in its own scope, apart from the endpoint's changes.
/// </summary>
public sealed partial class ApiCallAuditMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApiCallAuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var stopwatch = Stopwatch.StartNew();
        try
        {
            await next(context);
        }
        finally
        {
            await RecordAsync(context, stopwatch.Elapsed);
        }
    }

    private async Task RecordAsync(HttpContext context, TimeSpan elapsed)
    {
        var caller = ApiCaller.From(context.User);
        if (caller?.TokenId is not { } tokenId)
        {
            return;
        }

        var endpoint = context.GetEndpoint() as RouteEndpoint;
        var template = endpoint?.RoutePattern.RawText ?? "(no endpoint)";
        if (template.Length > 300)
        {
            template = template[..300];
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IApiTokenStore>();
            store.AddCall(new ApiCallRecord(
                IdGenerator.NewId(clock),
                tokenId,
                caller.ProfileId,
                context.Request.Method,
                template,
                context.Response.StatusCode,
                clock.GetUtcNow(),
                (int)elapsed.TotalMilliseconds));
            await store.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The response is already sent, so a lost audit row can only be logged.
            LogAuditFailed(exception, tokenId, context.Request.Method, template);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the API call {Method} {RouteTemplate} of token {ApiTokenId}")]
    private partial void LogAuditFailed(Exception exception, Guid apiTokenId, string method, string routeTemplate);
}
