using System.Security.Claims;
using Idocs.Billing.Actors;
using Idocs.Billing.Contacts;
using Idocs.Billing.Invoices;
using Idocs.Billing.Limits;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Idocs.Storage.Billing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Billing;

/// <summary>
/// Billing for the company's Director, Admins and Moderators (subscription, plan limits, invoices,
/// payment contacts, Custom plan requests) and for platform staff (price lists, Custom plan
/// decisions, payments). Every endpoint resolves its caller through <see cref="IBillingCallerResolver"/>.
/// </summary>
public static class BillingApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var billing = v1.MapGroup("/billing").WithTags("Billing");

        billing.MapGet("/subscription", GetSubscriptionAsync)
            .WithName("GetBillingSubscription").WithSummary("Returns the plan in force, the trial and any scheduled change.")
            .Produces<SubscriptionResponse>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        billing.MapPost("/subscription/connect", ConnectAsync)
            .WithName("ConnectBillingPlan").WithSummary("Connects a plan; during the trial it starts when the trial ends.")
            .Produces<SubscriptionResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        billing.MapPost("/subscription/change", ChangeAsync)
            .WithName("ChangeBillingPlan").WithSummary("Schedules a plan or storage package change for the end of the current period.")
            .Produces<SubscriptionResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        billing.MapPost("/subscription/disable", DisableAsync)
            .WithName("DisableBillingPlan").WithSummary("Schedules disabling the plan for the end of the current period.")
            .Produces<SubscriptionResponse>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        billing.MapDelete("/subscription/scheduled-change", CancelScheduledAsync)
            .WithName("CancelBillingPlanChange").WithSummary("Cancels the scheduled plan change.")
            .Produces<SubscriptionResponse>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        billing.MapGet("/limits", GetLimitsAsync)
            .WithName("GetBillingPlanLimits").WithSummary("Returns the limits of the plan in force: mass action size, designer, API access.")
            .Produces<PlanLimitsResponse>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        billing.MapGet("/invoices", ListInvoicesAsync)
            .WithName("ListBillingInvoices").WithSummary("Lists the company's invoices, newest period first (Billing / History).")
            .Produces<IReadOnlyList<InvoiceResponse>>().ProducesProblem(401).ProducesProblem(403);
        billing.MapGet("/invoices/{invoiceId:guid}/pdf", GetInvoicePdfAsync)
            .WithName("GetBillingInvoicePdf").WithSummary("Downloads an invoice as a PDF in Russian.")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        billing.MapGet("/contacts", GetContactsAsync)
            .WithName("GetBillingContacts").WithSummary("Returns the extra emails that receive billing mail (Billing / Payment).")
            .Produces<IReadOnlyList<string>>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        billing.MapPut("/contacts", ReplaceContactsAsync)
            .WithName("ReplaceBillingContacts").WithSummary("Replaces the extra emails that receive billing mail.")
            .Produces<IReadOnlyList<string>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        billing.MapPost("/custom-plan-requests", SubmitCustomPlanAsync)
            .WithName("RequestCustomPlan").WithSummary("Requests a Custom plan: Standard plus chosen PRO features, started by a manager.")
            .Produces<CustomPlanRequestResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        BillingStaffApi.Map(billing.MapGroup("/staff"));
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> GetSubscriptionAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageSubscription subscriptions, CancellationToken cancellationToken)
    {
        var caller = await RequireCompanyManagerAsync(user, callers, "open billing", cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var status = await subscriptions.GetStatusAsync(caller.Value.CompanyId, cancellationToken);
        return status.IsSuccess ? TypedResults.Ok(SubscriptionResponse.From(status.Value)) : BillingProblems.From(status.Error);
    }

    private static Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> ConnectAsync(
        PlanRequest request, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageSubscription subscriptions, CancellationToken cancellationToken) =>
        UpdatePlanAsync(request, user, callers, (actor, companyId, plan) => subscriptions.ConnectAsync(actor, companyId, plan, request.StoragePackageCode, cancellationToken), cancellationToken);

    private static Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> ChangeAsync(
        PlanRequest request, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageSubscription subscriptions, CancellationToken cancellationToken) =>
        UpdatePlanAsync(request, user, callers, (actor, companyId, plan) => subscriptions.ChangeAsync(actor, companyId, plan, request.StoragePackageCode, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> DisableAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageSubscription subscriptions, CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var status = await subscriptions.DisableAsync(caller.Value.Actor, caller.Value.CompanyId, cancellationToken);
        return status.IsSuccess ? TypedResults.Ok(SubscriptionResponse.From(status.Value)) : BillingProblems.From(status.Error);
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> CancelScheduledAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageSubscription subscriptions, CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var status = await subscriptions.CancelScheduledChangeAsync(caller.Value.Actor, caller.Value.CompanyId, cancellationToken);
        return status.IsSuccess ? TypedResults.Ok(SubscriptionResponse.From(status.Value)) : BillingProblems.From(status.Error);
    }

    private static async Task<Results<Ok<PlanLimitsResponse>, ProblemHttpResult>> GetLimitsAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] CheckPlanLimits limits, CancellationToken cancellationToken)
    {
        // Every member may see what the plan allows, because the limits explain why an action is refused.
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var effective = await limits.GetEffectivePlanAsync(caller.Value.CompanyId, cancellationToken);
        return effective.IsSuccess ? TypedResults.Ok(PlanLimitsResponse.From(effective.Value)) : BillingProblems.From(effective.Error);
    }

    private static async Task<Results<Ok<List<InvoiceResponse>>, ProblemHttpResult>> ListInvoicesAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ListInvoices invoices, CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var list = await invoices.RunAsync(caller.Value.Actor, caller.Value.CompanyId, cancellationToken);
        return list.IsSuccess ? TypedResults.Ok(list.Value.Select(InvoiceResponse.From).ToList()) : BillingProblems.From(list.Error);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetInvoicePdfAsync(
        Guid invoiceId,
        ClaimsPrincipal user,
        [FromServices] IBillingCallerResolver callers,
        [FromServices] IInvoiceStore invoices,
        [FromServices] RenderInvoicePdf render,
        CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(user, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var isStaff = caller.Value.Actor.Role == ActorRole.PlatformStaff;
        var permission = isStaff ? Result.Success() : BillingPermissions.RequireCompanyBillingManager(caller.Value.Actor, "download invoices");
        if (!permission.IsSuccess)
        {
            return BillingProblems.From(permission.Error);
        }

        // An invoice of another company reads as not found, so its id reveals nothing.
        var invoice = await invoices.FindByIdAsync(invoiceId, cancellationToken);
        if (invoice is null || (!isStaff && invoice.CompanyId != caller.Value.CompanyId))
        {
            return BillingProblems.From(new Error(CommonErrorCodes.NotFound, $"The invoice {invoiceId} was not found; check the id in Billing / History."));
        }

        var pdf = await render.RunAsync(invoice, cancellationToken);
        if (!pdf.IsSuccess)
        {
            return BillingProblems.From(pdf.Error);
        }

        return TypedResults.File(pdf.Value, "application/pdf", $"invoice-{InvoiceNumbers.Of(invoice)}.pdf");
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> GetContactsAsync(
        ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageBillingContacts contacts, CancellationToken cancellationToken)
    {
        var caller = await RequireCompanyManagerAsync(user, callers, "view billing contacts", cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var list = await contacts.GetAsync(caller.Value.CompanyId, cancellationToken);
        return list.IsSuccess ? TypedResults.Ok(list.Value) : BillingProblems.From(list.Error);
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> ReplaceContactsAsync(
        BillingContactsRequest request, ClaimsPrincipal user, [FromServices] IBillingCallerResolver callers, [FromServices] ManageBillingContacts contacts, CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var list = await contacts.ReplaceAsync(caller.Value.Actor, caller.Value.CompanyId, request?.Emails ?? [], cancellationToken);
        return list.IsSuccess ? TypedResults.Ok(list.Value) : BillingProblems.From(list.Error);
    }

    private static async Task<Results<Ok<CustomPlanRequestResponse>, ProblemHttpResult>> SubmitCustomPlanAsync(
        CustomPlanRequestBody request,
        ClaimsPrincipal user,
        [FromServices] IBillingCallerResolver callers,
        [FromServices] Idocs.Billing.CustomPlans.ManageCustomPlanRequests requests,
        CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var features = BillingInputs.ParseFeatures(request?.Features);
        if (!features.IsSuccess)
        {
            return BillingProblems.From(features.Error);
        }

        var submitted = await requests.SubmitAsync(
            caller.Value.Actor, caller.Value.CompanyId, features.Value, request!.MaxMassActionSize, request.StoragePackageCode, cancellationToken);
        return submitted.IsSuccess ? TypedResults.Ok(CustomPlanRequestResponse.From(submitted.Value)) : BillingProblems.From(submitted.Error);
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> UpdatePlanAsync(
        PlanRequest request,
        ClaimsPrincipal user,
        IBillingCallerResolver callers,
        Func<BillingActor, Guid, Idocs.Billing.Plans.PlanCode, Task<Result<SubscriptionStatus>>> update,
        CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return BillingProblems.From(caller.Error);
        }

        var plan = BillingInputs.ParsePlan(request?.Plan);
        if (!plan.IsSuccess)
        {
            return BillingProblems.From(plan.Error);
        }

        var status = await update(caller.Value.Actor, caller.Value.CompanyId, plan.Value);
        return status.IsSuccess ? TypedResults.Ok(SubscriptionResponse.From(status.Value)) : BillingProblems.From(status.Error);
    }

    /// <summary>Resolves a caller acting in a company. The domain use case checks the role itself.</summary>
    private static async Task<Result<(BillingActor Actor, Guid CompanyId)>> ResolveCompanyCallerAsync(
        ClaimsPrincipal user, IBillingCallerResolver callers, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(user, cancellationToken);
        if (!caller.IsSuccess)
        {
            return caller.Error;
        }

        if (caller.Value.CompanyId is not { } companyId)
        {
            return new Error(BillingApiErrorCodes.Unauthenticated, "Choose a profile before opening its billing.");
        }

        return (caller.Value.Actor, companyId);
    }

    /// <summary>Resolves a caller and checks that they are the company's Director, an Admin or a Moderator.</summary>
    private static async Task<Result<(BillingActor Actor, Guid CompanyId)>> RequireCompanyManagerAsync(
        ClaimsPrincipal user, IBillingCallerResolver callers, string operation, CancellationToken cancellationToken)
    {
        var caller = await ResolveCompanyCallerAsync(user, callers, cancellationToken);
        if (!caller.IsSuccess)
        {
            return caller;
        }

        var permission = BillingPermissions.RequireCompanyBillingManager(caller.Value.Actor, operation);
        return permission.IsSuccess ? caller : permission.Error;
    }
}
