using Idocs.Billing.Actors;
using Idocs.Common.Results;

namespace Idocs.Billing.Invoices;

/// <summary>Lists a company's invoices for Billing / History (Director, Admin and Moderator).</summary>
public sealed class ListInvoices(IInvoiceStore invoices)
{
    public async Task<Result<IReadOnlyList<Invoice>>> RunAsync(BillingActor actor, Guid companyId, CancellationToken cancellationToken)
    {
        var permission = actor.Role == ActorRole.PlatformStaff
            ? Result.Success()
            : BillingPermissions.RequireCompanyBillingManager(actor, "view invoices");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var list = await invoices.ListAsync(companyId, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<Invoice>>.Success(list);
    }
}
