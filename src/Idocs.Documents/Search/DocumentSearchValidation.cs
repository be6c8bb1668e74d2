using System.Globalization;
using System.Text;
using Idocs.Common.Results;

namespace Idocs.Documents.Search;

/// <summary>Checks a <see cref="DocumentSearchQuery"/> from outside and derives what the stores need from it.</summary>
public static class DocumentSearchValidation
{
    private const int TaxIdentifierLength = 12;

    /// <summary>Returns the first out-of-range filter as <see cref="DocumentSearchErrorCodes.InvalidFilter"/>.</summary>
    public static Result Validate(DocumentSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        if (query.PageSize is < 1 or > DocumentSearchQuery.MaxPageSize)
        {
            return Invalid($"Page size {query.PageSize} is out of range; use 1 to {DocumentSearchQuery.MaxPageSize}.");
        }

        if (!Enum.IsDefined(query.Section) || (query.Status is { } status && !Enum.IsDefined(status)) || (query.Kind is { } kind && !Enum.IsDefined(kind)))
        {
            return Invalid("The section, status or kind is not a known value.");
        }

        if (query.DateFrom > query.DateTo)
        {
            return Invalid($"The date range {query.DateFrom:yyyy-MM-dd}..{query.DateTo:yyyy-MM-dd} ends before it starts; swap the dates.");
        }

        if (query.AmountFrom > query.AmountTo)
        {
            return Invalid($"The amount range {query.AmountFrom}..{query.AmountTo} ends before it starts; swap the amounts.");
        }

        foreach (var (name, value) in new[] { ("counterparty", query.Counterparty), ("number", query.Number), ("title text", query.TitleText) })
        {
            if (value is { Length: > DocumentSearchQuery.MaxTextLength })
            {
                return Invalid($"The {name} filter is {value.Length} characters long; use at most {DocumentSearchQuery.MaxTextLength}.");
            }
        }

        return Result.Success();
    }

    /// <summary>True when the counterparty filter is a BIN or IIN (12 digits) rather than a part of a name.</summary>
    public static bool IsTaxIdentifier(string counterparty) =>
        counterparty.Length == TaxIdentifierLength && counterparty.All(char.IsAsciiDigit);

    /// <summary>
    /// The folded form stored next to titles and counterparty names: lower case by invariant culture,
    /// so that the same match works on SQLite, whose lower() folds only ASCII letters.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The scope of a search's continuation tokens: the profile and every filter except the page
    /// size, so a token cannot carry one query's position into another.
    /// </summary>
    public static string Scope(DocumentSearchQuery query, Guid profileId)
    {
        ArgumentNullException.ThrowIfNull(query);

        var scope = new StringBuilder("documents.search\n");
        scope.Append(profileId.ToString("N")).Append('\n')
            .Append(query.Section).Append('\n')
            .Append(query.Status?.ToString()).Append('\n')
            .Append(query.Counterparty?.Trim()).Append('\n')
            .Append(query.DateFrom?.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(query.DateTo?.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(query.Kind?.ToString()).Append('\n')
            .Append(query.AuthorId?.ToString("N")).Append('\n')
            .Append(query.Number?.Trim()).Append('\n')
            .Append(query.AmountFrom?.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(query.AmountTo?.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(query.TitleText?.Trim());
        return scope.ToString();
    }

    private static Error Invalid(string message) => new(DocumentSearchErrorCodes.InvalidFilter, message);
}
