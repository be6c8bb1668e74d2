using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests;

/// <summary>Builds documents for tests and compares them field by field.</summary>
public static class TestDocuments
{
    public const string CompanyBin = "990340500016";
    public const string CounterpartyBin = "040840500126";
    public const string DirectorIin = "870501300122";
    public const string OtherIin = "880101300556";

    public static readonly Guid OwnerId = Guid.Parse("0190f000-0000-7000-8000-000000000001");
    public static readonly Guid AuthorId = Guid.Parse("0190f000-0000-7000-8000-000000000002");

    public static DocumentFile File(string name = "contract.pdf") =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))), name, DetectedContentType.Pdf, 1024);

    public static Counterparty Counterparty() =>
        global::Idocs.Documents.Documents.Counterparty.Create(CounterpartyIdentifierKind.Bin, CounterpartyBin, "ТОО Контрагент").Value!;

    public static NewDocument NewDocument(DocumentKind kind = DocumentKind.ExternalOutgoing) => new()
    {
        OwnerProfileId = OwnerId,
        Kind = kind,
        Number = "D-1",
        Date = new DateOnly(2026, 12, 4),
        Title = "Договор поставки",
        AuthorId = AuthorId,
        Files = [File()],
        Amount = Money.Create(150000.50m, "KZT").Value,
        Counterparty = kind == DocumentKind.Internal ? null : Counterparty(),
        FreeFields = new Dictionary<string, string> { ["contract"] = "42" },
    };

    public static Document Create(DocumentKind kind = DocumentKind.ExternalOutgoing) =>
        Document.Create(NewDocument(kind), Guid.CreateVersion7(), new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero)).Value!;

    public static Document InStatus(DocumentKind kind, DocumentStatus status) =>
        Document.Restore(Create(kind).ToSnapshot() with { Status = status });

    /// <summary>Serializes every field, so two calls differ whenever anything in the document changed.</summary>
    public static string Fingerprint(Document document) => JsonSerializer.Serialize(document.ToSnapshot());
}
