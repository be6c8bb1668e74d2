using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Integrations.OneC;

/// <summary>Maps between the 1C module's documents and the platform's documents.</summary>
public static class OneCDocumentMapper
{
    public const int MaxOneCIdLength = 100;

    /// <summary>Builds an outgoing document from an upload; the 1C id and type go into free fields.</summary>
    public static Result<NewDocument> ToNewDocument(OneCUpload upload, Guid ownerProfileId, Guid authorId, IReadOnlyList<DocumentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);

        var details = Check(upload);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        return new NewDocument
        {
            OwnerProfileId = ownerProfileId,
            Kind = DocumentKind.ExternalOutgoing,
            Number = upload.Number,
            Date = upload.Date,
            Title = details.Value.Title,
            AuthorId = authorId,
            Files = files,
            Amount = details.Value.Amount,
            Counterparty = details.Value.Counterparty,
            FreeFields = details.Value.FreeFields,
        };
    }

    /// <summary>Builds the upload command of an outgoing document for the employee the 1C module acts as.</summary>
    public static Result<CreateDocumentCommand> ToCommand(OneCUpload upload, Guid employeeId, IReadOnlyList<IncomingFile> files, string? ipAddress)
    {
        ArgumentNullException.ThrowIfNull(files);

        var details = Check(upload);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        return new CreateDocumentCommand(
            employeeId,
            DocumentKind.ExternalOutgoing,
            upload.Number,
            upload.Date,
            details.Value.Title,
            files,
            details.Value.Amount,
            [details.Value.Counterparty],
            FolderId: null,
            details.Value.FreeFields,
            ipAddress);
    }

    /// <summary>Returns the 1C id after the same checks as an upload, so a lookup by id rejects what an upload would.</summary>
    public static Result<string> CheckOneCId(string? oneCId)
    {
        var trimmed = oneCId?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxOneCIdLength || trimmed.Any(char.IsControl))
        {
            return new Error(OneCErrorCodes.InvalidOneCId, $"1C id '{trimmed}' must have 1 to {MaxOneCIdLength} printable characters; send the reference UUID of the 1C document.");
        }

        return trimmed;
    }

    private static Result<UploadDetails> Check(OneCUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);

        var oneCId = CheckOneCId(upload.OneCId);
        if (!oneCId.IsSuccess)
        {
            return oneCId.Error;
        }

        if (!OneCTypeMapping.TryParse(upload.Type, out var type))
        {
            return new Error(OneCErrorCodes.UnknownType, $"1C document type '{upload.Type}' is unknown; use one of {string.Join(", ", OneCTypeMapping.Codes)}.");
        }

        var counterparty = Counterparty.Create(CounterpartyIdentifierKind.Bin, upload.CounterpartyIdentifier, upload.CounterpartyName);
        if (!counterparty.IsSuccess)
        {
            return counterparty.Error;
        }

        Money? amount = null;
        if (upload.Amount is { } value)
        {
            var money = Money.Create(value, upload.Currency ?? "KZT");
            if (!money.IsSuccess)
            {
                return money.Error;
            }

            amount = money.Value;
        }

        var freeFields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OneCTypeMapping.OneCIdField] = oneCId.Value,
            [OneCTypeMapping.OneCTypeField] = OneCTypeMapping.ToCode(type),
        };
        return new UploadDetails(OneCTypeMapping.Title(type, upload.Number, upload.Date), counterparty.Value, amount, freeFields);
    }

    /// <summary>Returns the status of a document uploaded from 1C, or an error when it did not come from 1C.</summary>
    public static Result<OneCDocumentStatus> ToStatus(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);

        if (!document.FreeFields.TryGetValue(OneCTypeMapping.OneCIdField, out var oneCId)
            || !document.FreeFields.TryGetValue(OneCTypeMapping.OneCTypeField, out var type))
        {
            return new Error(OneCErrorCodes.DocumentNotFound, $"Document {document.Id} was not uploaded from 1C.");
        }

        return new OneCDocumentStatus(document.Id, oneCId, type, document.Status.ToString(), document.RejectionReason);
    }

    /// <summary>Builds the loadable form of an incoming document made from a supported template.</summary>
    public static Result<OneCIncomingDocument> ToIncoming(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);

        document.FreeFields.TryGetValue(OneCTypeMapping.TemplateField, out var template);
        var objectName = OneCTypeMapping.IncomingObjectName(template);
        if (document.Kind != DocumentKind.ExternalIncoming || objectName is null)
        {
            return new Error(
                OneCErrorCodes.NotLoadable,
                $"Document {document.Id} is not an incoming document made from the goods and services receipt or ordinary invoice template, so 1C cannot load it.");
        }

        var fields = document.FreeFields
            .Where(field => field.Key != OneCTypeMapping.TemplateField)
            .ToDictionary(field => field.Key, field => field.Value, StringComparer.Ordinal);
        return new OneCIncomingDocument(
            document.Id,
            objectName,
            document.Number,
            document.Date,
            document.Status.ToString(),
            document.Counterparty?.Identifier,
            document.Counterparty?.Name,
            document.Amount?.Amount,
            document.Amount?.Currency,
            fields);
    }

    private sealed record UploadDetails(string Title, Counterparty Counterparty, Money? Amount, IReadOnlyDictionary<string, string> FreeFields);
}
