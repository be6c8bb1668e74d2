using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Uploads;

namespace Idocs.Web.Api.Documents;

/// <summary>Reads the multipart form of a document upload into a command, with a clear error for each bad field.</summary>
internal static class DocumentUploadForm
{
    /// <summary>The maximum number of files in a package. Each file becomes a separate document, and all are uploaded together.</summary>
    public const int MaxFiles = 20;

    public static Result<CreateDocumentCommand> Read(IFormCollection form, ApiCaller caller)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(caller);

        if (form.Files.Count is 0 or > MaxFiles)
        {
            return Invalid($"Attach 1 to {MaxFiles} files in the 'file' field; {form.Files.Count} were sent.");
        }

        if (!Enum.TryParse<DocumentKind>(form["kind"], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return Invalid($"Field 'kind' is '{form["kind"]}'; use ExternalOutgoing or Internal.");
        }

        if (!DateOnly.TryParseExact(form["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Invalid($"Field 'date' is '{form["date"]}'; use the format yyyy-MM-dd, for example 2026-12-04.");
        }

        var amount = ReadAmount(form);
        if (!amount.IsSuccess)
        {
            return amount.Error;
        }

        var counterparties = ReadCounterparties(form);
        if (!counterparties.IsSuccess)
        {
            return counterparties.Error;
        }

        Guid? folderId = null;
        if (!string.IsNullOrWhiteSpace(form["folderId"]))
        {
            if (!Guid.TryParse(form["folderId"], CultureInfo.InvariantCulture, out var folder))
            {
                return Invalid($"Field 'folderId' is '{form["folderId"]}', not a GUID.");
            }

            folderId = folder;
        }

        var files = form.Files.Select(file => new IncomingFile(file.FileName, file.OpenReadStream())).ToList();
        return new CreateDocumentCommand(
            caller.EmployeeId, kind, form["number"].ToString(), date, form["title"].ToString(), files,
            amount.Value, counterparties.Value, folderId, new Dictionary<string, string>(StringComparer.Ordinal), caller.IpAddress);
    }

    private static Result<Money?> ReadAmount(IFormCollection form)
    {
        if (string.IsNullOrWhiteSpace(form["amount"]))
        {
            return Result<Money?>.Success(null);
        }

        if (!decimal.TryParse(form["amount"], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return Invalid<Money?>($"Field 'amount' is '{form["amount"]}'; write a number with a dot, for example 150000.50.");
        }

        var money = Money.Create(value, form["currency"]);
        return money.IsSuccess ? money.Value : money.Error;
    }

    /// <summary>
    /// Reads the counterparties: the fields counterpartyKind, counterpartyIdentifier and
    /// counterpartyName repeat once per counterparty, in the same order. One set of fields is the
    /// single counterparty the form always accepted.
    /// </summary>
    private static Result<IReadOnlyList<Counterparty>> ReadCounterparties(IFormCollection form)
    {
        var kinds = form["counterpartyKind"];
        var identifiers = form["counterpartyIdentifier"];
        var names = form["counterpartyName"];
        if (kinds.All(string.IsNullOrWhiteSpace))
        {
            return Result<IReadOnlyList<Counterparty>>.Success([]);
        }

        if (identifiers.Count != kinds.Count || names.Count != kinds.Count)
        {
            return Invalid<IReadOnlyList<Counterparty>>(
                $"Send counterpartyKind, counterpartyIdentifier and counterpartyName once per counterparty; got {kinds.Count}, {identifiers.Count} and {names.Count}.");
        }

        var counterparties = new List<Counterparty>();
        for (var index = 0; index < kinds.Count; index++)
        {
            if (!Enum.TryParse<CounterpartyIdentifierKind>(kinds[index], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return Invalid<IReadOnlyList<Counterparty>>($"Field 'counterpartyKind' number {index + 1} is '{kinds[index]}'; use Bin, Iin or Email.");
            }

            var counterparty = Counterparty.Create(kind, identifiers[index], names[index]);
            if (!counterparty.IsSuccess)
            {
                return counterparty.Error;
            }

            counterparties.Add(counterparty.Value);
        }

        return counterparties;
    }

    private static Result<CreateDocumentCommand> Invalid(string message) => new Error(CommonErrorCodes.InvalidInput, message);

    private static Result<T> Invalid<T>(string message) => new Error(CommonErrorCodes.InvalidInput, message);
}
