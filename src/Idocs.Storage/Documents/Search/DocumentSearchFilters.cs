using Idocs.Documents.Documents;
using Idocs.Documents.Search;
using Idocs.Documents.Statuses;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents.Search;

/// <summary>Translates a validated <see cref="DocumentSearchQuery"/> into WHERE clauses over <see cref="DocumentRow"/>.</summary>
internal static class DocumentSearchFilters
{
    private const string LikeEscape = "\\";

    public static IQueryable<DocumentRow> Apply(IQueryable<DocumentRow> rows, DocumentSearchQuery query)
    {
        rows = rows.Where(row => !row.IsDeleted);
        rows = query.Section switch
        {
            DocumentSection.NewIncoming => rows.Where(row => row.Kind == DocumentKind.ExternalIncoming && row.Status == DocumentStatus.Delivered),
            DocumentSection.Incoming => rows.Where(row => row.Kind == DocumentKind.ExternalIncoming),
            DocumentSection.Outgoing => rows.Where(row => row.Kind == DocumentKind.ExternalOutgoing),
            DocumentSection.Internal => rows.Where(row => row.Kind == DocumentKind.Internal),
            _ => rows,
        };

        if (query.Kind is { } kind)
        {
            rows = rows.Where(row => row.Kind == kind);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(row => row.Status == status);
        }

        if (query.AuthorId is { } authorId)
        {
            rows = rows.Where(row => row.AuthorId == authorId);
        }

        if (query.DateFrom is { } dateFrom)
        {
            rows = rows.Where(row => row.Date >= dateFrom);
        }

        if (query.DateTo is { } dateTo)
        {
            rows = rows.Where(row => row.Date <= dateTo);
        }

        if (query.AmountFrom is { } amountFrom)
        {
            rows = rows.Where(row => row.Amount >= amountFrom);
        }

        if (query.AmountTo is { } amountTo)
        {
            rows = rows.Where(row => row.Amount <= amountTo);
        }

        if (!string.IsNullOrWhiteSpace(query.Number))
        {
            var number = query.Number.Trim();
            rows = rows.Where(row => row.Number == number);
        }

        if (!string.IsNullOrWhiteSpace(query.Counterparty))
        {
            var counterparty = query.Counterparty.Trim();
            if (DocumentSearchValidation.IsTaxIdentifier(counterparty))
            {
                rows = rows.Where(row => row.Counterparties.Any(party => party.Identifier == counterparty));
            }
            else
            {
                var pattern = ContainsPattern(counterparty);
                rows = rows.Where(row => row.Counterparties.Any(party => EF.Functions.Like(party.NameKey, pattern, LikeEscape)));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.TitleText))
        {
            var pattern = ContainsPattern(query.TitleText);
            rows = rows.Where(row => EF.Functions.Like(row.TitleKey, pattern, LikeEscape));
        }

        return rows;
    }

    /// <summary>A LIKE pattern matching the folded text anywhere, with the user's % and _ taken literally.</summary>
    private static string ContainsPattern(string text)
    {
        var folded = DocumentSearchValidation.Fold(text)
            .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
        return "%" + folded + "%";
    }
}
