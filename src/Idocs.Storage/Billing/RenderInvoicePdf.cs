using Idocs.Billing.Invoices;
using Idocs.Common.Results;
using Idocs.PrintForms.Invoices;

namespace Idocs.Storage.Billing;

/// <summary>Renders an invoice's PDF with the company's requisites from the accounts area.</summary>
public sealed class RenderInvoicePdf(IBillingCompanyDirectory directory, InvoicePdfRenderer renderer)
{
    public async Task<Result<byte[]>> RunAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var company = await directory.FindRequisitesAsync(invoice.CompanyId, cancellationToken);
        if (company is null)
        {
            return new Error(
                BillingStorageErrorCodes.CompanyNotFound,
                $"The company {invoice.CompanyId} of invoice {invoice.Id} has no profile, so its requisites are unknown.");
        }

        return renderer.Render(InvoicePdfMapper.ToModel(invoice, company));
    }
}
