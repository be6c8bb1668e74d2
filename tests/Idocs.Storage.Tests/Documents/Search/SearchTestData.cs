using Idocs.Documents.Documents;

namespace Idocs.Storage.Tests.Documents.Search;

/// <summary>Documents with chosen search fields for the search and inbox tests.</summary>
internal sealed record SearchTestData
{
    public const string OtherBin = "990340500016";

    public DocumentKind Kind { get; init; } = DocumentKind.ExternalOutgoing;

    public string Number { get; init; } = $"N-{Guid.NewGuid():N}";

    public string Title { get; init; } = "Договор поставки";

    public DateOnly Date { get; init; } = new(2026, 12, 1);

    public Guid AuthorId { get; init; } = Guid.NewGuid();

    public decimal? Amount { get; init; }

    public string CounterpartyBin { get; init; } = TestDocumentData.CounterpartyBin;

    public string CounterpartyName { get; init; } = "ТОО «Ромашка»";

    public DateTimeOffset CreatedAt { get; init; } = TestDocumentData.Now;

    /// <summary>Counterparties the document goes to after the one given by BIN and name.</summary>
    public IReadOnlyList<Counterparty> MoreCounterparties { get; init; } = [];

    public Document Create(Guid profileId)
    {
        var counterparty = Kind == DocumentKind.Internal
            ? null
            : Counterparty.Create(CounterpartyIdentifierKind.Bin, CounterpartyBin, CounterpartyName).Value;
        var created = Document.Create(
            new NewDocument
            {
                OwnerProfileId = profileId,
                Kind = Kind,
                Number = Number,
                Date = Date,
                Title = Title,
                AuthorId = AuthorId,
                Files = [TestDocumentData.File($"file {Number} {Guid.NewGuid()}", "file.pdf")],
                Amount = Amount is { } amount ? Money.Create(amount, "KZT").Value : null,
                Counterparties = counterparty is null ? [] : [counterparty, .. MoreCounterparties],
            },
            Guid.CreateVersion7(),
            CreatedAt);
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error!.Message);
        return created.Value!;
    }
}
