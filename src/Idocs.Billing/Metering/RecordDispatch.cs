using Idocs.Billing.Invoices;
using Idocs.Billing.Periods;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Billing.Metering;

/// <summary>
/// Counts the billable units of an external dispatch, once per file even when dispatch is retried,
/// in the sending company's time zone and period.
/// </summary>
/// <remarks>
/// A unit recorded after its period's invoice was issued (a dispatch recorded late) goes to the
/// next period without an invoice, still priced by its own local date.
/// NOTE: a unit recorded while its period's invoice is being issued can still miss both invoices,
/// because the check and the insert are not one transaction with the issuing.
/// </remarks>
public sealed class RecordDispatch(
    IBillingAccountStore accounts,
    IMeteredUnitStore units,
    IInvoiceStore invoices,
    TimeProvider clock,
    ILogger<RecordDispatch> logger)
{
    public async Task<Result<DispatchMetering>> RunAsync(ExternalDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (dispatch.DocumentId == Guid.Empty)
        {
            return new Error(CommonErrorCodes.InvalidInput, "The dispatched document id is empty; pass the document or package id.");
        }

        if (dispatch.FileIds.Count == 0 || dispatch.FileIds.Contains(Guid.Empty))
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The dispatch of document {dispatch.DocumentId} lists no files or an empty file id; pass the id of every file sent.");
        }

        var account = await accounts.FindAsync(dispatch.CompanyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(dispatch.CompanyId);
        }

        var timeZone = account.GetTimeZone();
        var localDate = LocalCalendar.DateAt(dispatch.SentAt, timeZone);
        var period = await FirstPeriodWithoutInvoiceAsync(dispatch.CompanyId, BillingPeriod.Of(localDate), cancellationToken)
            .ConfigureAwait(false);
        var recorded = 0;
        var alreadyRecorded = 0;
        foreach (var fileId in dispatch.FileIds.Distinct())
        {
            var unit = new MeteredUnit(
                IdGenerator.NewId(clock), dispatch.CompanyId, dispatch.DocumentId, fileId, dispatch.SentAt, localDate, period);
            if (await units.TryAddAsync(unit, cancellationToken).ConfigureAwait(false))
            {
                recorded++;
            }
            else
            {
                alreadyRecorded++;
            }
        }

        if (alreadyRecorded > 0)
        {
            logger.LogInformation(
                "Dispatch of document {DocumentId} was already metered for {AlreadyRecordedUnits} units; counted {RecordedUnits} new",
                dispatch.DocumentId,
                alreadyRecorded,
                recorded);
        }

        return new DispatchMetering(recorded, alreadyRecorded, period);
    }

    private async Task<BillingPeriod> FirstPeriodWithoutInvoiceAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var natural = period;
        while (await invoices.FindAsync(companyId, period, cancellationToken).ConfigureAwait(false) is not null)
        {
            period = period.Next();
        }

        if (period != natural)
        {
            logger.LogWarning(
                "Units of company {CompanyId} from {BillingPeriod} were recorded after its invoice; billing them in {LatePeriod}",
                companyId,
                natural.ToString(),
                period.ToString());
        }

        return period;
    }
}
