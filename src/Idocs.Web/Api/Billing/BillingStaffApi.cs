using System.Security.Claims;
using Idocs.Billing.Actors;
using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.PriceLists;
using Idocs.Common.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Billing;

/// <summary>Billing endpoints for platform staff: price lists, Custom plan decisions and payments.</summary>
internal static class BillingStaffApi
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/price-lists", ListPriceListsAsync)
            .WithName("ListBillingPriceLists").WithSummary("Lists every price list version, oldest first.")
            .Produces<List<PriceListResponse>>().ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/price-lists", PublishPriceListAsync)
            .WithName("PublishBillingPriceList").WithSummary("Publishes a new price list version that starts after today.")
            .Produces<PriceListResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        staff.MapPost("/invoices/{invoiceId:guid}/paid", MarkPaidAsync)
            .WithName("MarkBillingInvoicePaid").WithSummary("Marks an invoice as paid on the date the payment arrived.")
            .Produces<InvoiceResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        staff.MapGet("/custom-plan-requests", ListCustomPlanRequestsAsync)
            .WithName("ListPendingCustomPlanRequests").WithSummary("Lists the Custom plan requests waiting for a decision.")
            .Produces<List<CustomPlanRequestResponse>>().ProducesProblem(401).ProducesProblem(403);
        staff.MapPost("/custom-plan-requests/{requestId:guid}/approve", ApproveCustomPlanAsync)
            .WithName("ApproveCustomPlanRequest").WithSummary("Approves a Custom plan with the start date agreed in the signed agreement.")
            .Produces<CustomPlanRequestResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        staff.MapPost("/custom-plan-requests/{requestId:guid}/reject", RejectCustomPlanAsync)
            .WithName("RejectCustomPlanRequest").WithSummary("Rejects a Custom plan request with a reason for the customer.")
            .Produces<CustomPlanRequestResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Results<Ok<List<PriceListResponse>>, ProblemHttpResult>> ListPriceListsAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] IPriceListStore priceLists, CancellationToken cancellationToken)
    {
        var staff = await RequireStaffAsync(user, callers, "view price lists", cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        var list = await priceLists.ListAsync(cancellationToken);
        return TypedResults.Ok(list.OrderBy(priceList => priceList.EffectiveFrom).Select(PriceListResponse.From).ToList());
    }

    private static async Task<Results<Ok<PriceListResponse>, ProblemHttpResult>> PublishPriceListAsync(
        PriceListBody body, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] PublishPriceList publish, CancellationToken cancellationToken)
    {
        var staff = await callers.ResolveAsync(user, cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        var draft = BillingInputs.ParsePriceList(body);
        if (!draft.IsSuccess)
        {
            return BillingProblems.From(draft.Error);
        }

        var published = await publish.RunAsync(staff.Value.Actor, draft.Value, cancellationToken);
        return published.IsSuccess ? TypedResults.Ok(PriceListResponse.From(published.Value)) : BillingProblems.From(published.Error);
    }

    private static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> MarkPaidAsync(
        Guid invoiceId, MarkPaidRequest request, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] MarkInvoicePaid markPaid, CancellationToken cancellationToken)
    {
        var staff = await callers.ResolveAsync(user, cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        if (request is null)
        {
            return BillingProblems.From(new Error(CommonErrorCodes.InvalidInput, "The payment body is missing; send paidOn and an optional paymentReference."));
        }

        var marked = await markPaid.RunAsync(staff.Value.Actor, invoiceId, request.PaidOn, request.PaymentReference, cancellationToken);
        return marked.IsSuccess ? TypedResults.Ok(InvoiceResponse.From(marked.Value)) : BillingProblems.From(marked.Error);
    }

    private static async Task<Results<Ok<List<CustomPlanRequestResponse>>, ProblemHttpResult>> ListCustomPlanRequestsAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageCustomPlanRequests requests, CancellationToken cancellationToken)
    {
        var staff = await RequireStaffAsync(user, callers, "view Custom plan requests", cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        var pending = await requests.ListPendingAsync(cancellationToken);
        return TypedResults.Ok(pending.Select(CustomPlanRequestResponse.From).ToList());
    }

    private static async Task<Results<Ok<CustomPlanRequestResponse>, ProblemHttpResult>> ApproveCustomPlanAsync(
        Guid requestId, ApproveCustomPlanRequest body, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageCustomPlanRequests requests, CancellationToken cancellationToken)
    {
        var staff = await callers.ResolveAsync(user, cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        if (body is null)
        {
            return BillingProblems.From(new Error(CommonErrorCodes.InvalidInput, "The approval body is missing; send startsOn, the agreed start date."));
        }

        var approved = await requests.ApproveAsync(staff.Value.Actor, requestId, body.StartsOn, cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(CustomPlanRequestResponse.From(approved.Value)) : BillingProblems.From(approved.Error);
    }

    private static async Task<Results<Ok<CustomPlanRequestResponse>, ProblemHttpResult>> RejectCustomPlanAsync(
        Guid requestId, RejectCustomPlanRequest body, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageCustomPlanRequests requests, CancellationToken cancellationToken)
    {
        var staff = await callers.ResolveAsync(user, cancellationToken);
        if (!staff.IsSuccess)
        {
            return BillingProblems.From(staff.Error);
        }

        var rejected = await requests.RejectAsync(staff.Value.Actor, requestId, body?.Reason ?? string.Empty, cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(CustomPlanRequestResponse.From(rejected.Value)) : BillingProblems.From(rejected.Error);
    }

    private static async Task<Result<BillingActor>> RequireStaffAsync(
        ClaimsPrincipal user, IBillingCallerResolver callers, string operation, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(user, cancellationToken);
        if (!caller.IsSuccess)
        {
            return caller.Error;
        }

        var permission = BillingPermissions.RequirePlatformStaff(caller.Value.Actor, operation);
        return permission.IsSuccess ? caller.Value.Actor : permission.Error;
    }
}
