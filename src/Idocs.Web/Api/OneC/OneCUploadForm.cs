using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Integrations.OneC;

namespace Idocs.Web.Api.OneC;

/// <summary>Reads the multipart form of a 1C upload: one file and the document's 1C details, each bad field named.</summary>
internal static class OneCUploadForm
{
    public static Result<OneCUpload> Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);

        if (form.Files.Count != 1)
        {
            return Invalid($"Attach exactly one file in the 'file' field (the printed form of the 1C document); {form.Files.Count} were sent.");
        }

        if (!DateOnly.TryParseExact(form["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Invalid($"Field 'date' is '{form["date"]}'; use the format yyyy-MM-dd, for example 2026-11-30.");
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(form["amount"]))
        {
            if (!decimal.TryParse(form["amount"], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return Invalid($"Field 'amount' is '{form["amount"]}'; write a number with a dot, for example 150000.50.");
            }

            amount = value;
        }

        return new OneCUpload
        {
            OneCId = form["oneCId"].ToString(),
            Type = form["type"].ToString(),
            Number = form["number"].ToString(),
            Date = date,
            Amount = amount,
            Currency = string.IsNullOrWhiteSpace(form["currency"]) ? null : form["currency"].ToString(),
            CounterpartyIdentifier = form["counterpartyBin"].ToString(),
            CounterpartyName = form["counterpartyName"].ToString(),
        };
    }

    private static Result<OneCUpload> Invalid(string message) => new Error(CommonErrorCodes.InvalidInput, message);
}
