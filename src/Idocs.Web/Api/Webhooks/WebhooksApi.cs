using Idocs.Common.Results;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Integrations;
using Idocs.Web.Api.Problems;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Webhooks;

/// <summary>
/// Webhooks of the caller's company and their delivery log. A person must be the company's Admin;
/// a token needs the <c>webhooks:manage</c> scope.
/// </summary>
public static class WebhooksApi
{
    public const int MaxAttemptsPerPage = 500;

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        var webhooks = v1.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapPost("/", Register)
            .WithName("RegisterWebhook")
            .WithSummary("Registers an https URL for events; the signing secret is in this response only.")
            .RequireScope(ApiScopes.WebhooksManage)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        webhooks.MapGet("/", List)
            .WithName("ListWebhooks")
            .WithSummary("Lists the company's active webhooks without their secrets.")
            .RequireScope(ApiScopes.WebhooksManage);
        webhooks.MapDelete("/{webhookId:guid}", Remove)
            .WithName("RemoveWebhook")
            .WithSummary("Removes a webhook; queued deliveries to it are dropped.")
            .RequireScope(ApiScopes.WebhooksManage)
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/deliveries", ListDeliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("Lists delivery attempts of the company's webhooks, newest first.")
            .RequireScope(ApiScopes.WebhooksManage)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Created<WebhookView>, ProblemHttpResult>> Register(
        HttpContext http, WebhookRequest request, [FromServices] RegisterWebhook register, [FromServices] IOptions<WebhookOptions> options)
    {
        var caller = await AuthorizeAsync(http, "register webhooks");
        if (!caller.IsSuccess)
        {
            return ApiResults.From(caller);
        }

        var subscription = await register.ExecuteAsync(caller.Value.ProfileId, request.Url, request.Events, options.Value.AllowLoopback, http.RequestAborted);
        return subscription.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/webhooks/{subscription.Value.Id:D}", WebhookView.From(subscription.Value, withSecret: true))
            : ApiResults.From(subscription);
    }

    private static async Task<Results<Ok<List<WebhookView>>, ProblemHttpResult>> List(HttpContext http, [FromServices] IWebhookStore store)
    {
        var caller = await AuthorizeAsync(http, "list webhooks");
        if (!caller.IsSuccess)
        {
            return ApiResults.From(caller);
        }

        var subscriptions = await store.ListActiveAsync(caller.Value.ProfileId, http.RequestAborted);
        return TypedResults.Ok(subscriptions.Select(subscription => WebhookView.From(subscription, withSecret: false)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        HttpContext http, Guid webhookId, [FromServices] IWebhookStore store, [FromServices] TimeProvider clock)
    {
        var caller = await AuthorizeAsync(http, "remove webhooks");
        if (!caller.IsSuccess)
        {
            return ApiResults.From(caller);
        }

        var subscription = await store.FindAsync(caller.Value.ProfileId, webhookId, http.RequestAborted);
        if (subscription is not { IsActive: true })
        {
            return ApiResults.From(new Error(WebhookErrorCodes.NotFound, $"Webhook {webhookId} was not found in this company; list the webhooks to get a valid id."));
        }

        subscription.Remove(clock.GetUtcNow());
        await store.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<WebhookDeliveryAttempt>>, ProblemHttpResult>> ListDeliveries(
        HttpContext http, int? limit, [FromServices] IWebhookStore store)
    {
        var caller = await AuthorizeAsync(http, "read the webhook delivery log");
        if (!caller.IsSuccess)
        {
            return ApiResults.From(caller);
        }

        var size = limit ?? 100;
        if (size is < 1 or > MaxAttemptsPerPage)
        {
            return ApiResults.Problem(StatusCodes.Status400BadRequest, CommonErrorCodes.InvalidInput, $"limit {size} must be between 1 and {MaxAttemptsPerPage}.");
        }

        var attempts = await store.ListAttemptsAsync(caller.Value.ProfileId, size, http.RequestAborted);
        return TypedResults.Ok(attempts.ToList());
    }

    /// <summary>A token passed the scope filter already; a person must be the company's Admin.</summary>
    private static async Task<Result<ApiCaller>> AuthorizeAsync(HttpContext http, string operation)
    {
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return new Error(Idocs.Documents.AccountsErrorCodes.NoProfileSelected, "Choose a profile in the cabinet before managing its webhooks.");
        }

        if (caller.TokenId is not null)
        {
            return caller;
        }

        var admin = await CompanyAdminGate.RequireAdminAsync(http, caller, operation);
        return admin.IsSuccess ? caller : admin.Error;
    }
}
