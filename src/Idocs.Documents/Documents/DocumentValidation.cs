using Idocs.Common.Results;

namespace Idocs.Documents.Documents;

/// <summary>Checks the fields of a new document before the aggregate exists.</summary>
internal static class DocumentValidation
{
    public static Result Validate(NewDocument input)
    {
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length is 0 or > Document.MaxTitleLength)
        {
            return new Error(
                DocumentErrorCodes.InvalidTitle,
                $"Title must have 1 to {Document.MaxTitleLength} characters, but has {title.Length}.");
        }

        var number = input.Number?.Trim() ?? string.Empty;
        if (number.Length is 0 or > Document.MaxNumberLength)
        {
            return new Error(
                DocumentErrorCodes.InvalidNumber,
                $"Number must have 1 to {Document.MaxNumberLength} characters, but has {number.Length}.");
        }

        if (input.Files is null || input.Files.Count == 0)
        {
            return new Error(DocumentErrorCodes.FileRequired, "A document needs at least one file; upload a file.");
        }

        var duplicate = input.Files.GroupBy(file => file.Sha256, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            return new Error(
                DocumentErrorCodes.DuplicateFile,
                $"File '{duplicate.First().FileName}' is attached twice; attach each file once.");
        }

        if (input.FolderId is not null && input.Kind != DocumentKind.Internal)
        {
            return new Error(
                DocumentErrorCodes.FolderOnlyForInternal,
                $"Only internal documents are kept in folders; remove the folder from this {input.Kind} document.");
        }

        if (input.Kind == DocumentKind.ExternalIncoming && input.Counterparty is null)
        {
            return new Error(
                DocumentErrorCodes.CounterpartyRequired,
                "An incoming document needs the counterparty that sent it.");
        }

        var counterparties = ValidateCounterparties(input);
        return counterparties.IsSuccess ? ValidateFreeFields(input.FreeFields) : counterparties;
    }

    private static Result ValidateCounterparties(NewDocument input)
    {
        var counterparties = input.Counterparties ?? [];
        if (counterparties.Count > Document.MaxCounterparties)
        {
            return new Error(
                DocumentErrorCodes.InvalidCounterparties,
                $"A document goes to at most {Document.MaxCounterparties} counterparties, but {counterparties.Count} were given.");
        }

        if (input.Kind == DocumentKind.ExternalIncoming && counterparties.Count != 1)
        {
            return new Error(
                DocumentErrorCodes.InvalidCounterparties,
                $"An incoming document has exactly one counterparty, the one that sent it, but {counterparties.Count} were given.");
        }

        var repeated = counterparties.GroupBy(party => party.Identifier, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return repeated is null
            ? Result.Success()
            : new Error(
                DocumentErrorCodes.InvalidCounterparties,
                $"Counterparty '{repeated.Key}' is given {repeated.Count()} times; name each counterparty once.");
    }

    private static Result ValidateFreeFields(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null)
        {
            return Result.Success();
        }

        if (fields.Count > Document.MaxFreeFields)
        {
            return new Error(
                DocumentErrorCodes.InvalidFreeField,
                $"A document has at most {Document.MaxFreeFields} free fields, but {fields.Count} were given.");
        }

        foreach (var (key, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > Document.MaxFreeFieldKeyLength)
            {
                return new Error(
                    DocumentErrorCodes.InvalidFreeField,
                    $"Free field name '{key}' must have 1 to {Document.MaxFreeFieldKeyLength} characters.");
            }

            if (value is null || value.Length > Document.MaxFreeFieldValueLength)
            {
                return new Error(
                    DocumentErrorCodes.InvalidFreeField,
                    $"Free field '{key}' must have a value of at most {Document.MaxFreeFieldValueLength} characters.");
            }
        }

        return Result.Success();
    }
}
