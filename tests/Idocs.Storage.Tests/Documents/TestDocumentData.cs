using System.Security.Cryptography;
using System.Text;
using Idocs.Documents.Documents;
using Idocs.Documents.Uploads;

namespace Idocs.Storage.Tests.Documents;

/// <summary>Documents and signatures for the storage tests; identifiers pass the BIN/IIN checksum.</summary>
internal static class TestDocumentData
{
    public const string CounterpartyBin = "040840500126";
    public const string DirectorIin = "870501300122";
    public const string AccountantIin = "880101300556";

    /// <summary>A whole microsecond, so that PostgreSQL stores the time without rounding.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 30, 15, 123, TimeSpan.Zero);

    public static DocumentFile File(string content, string name) => new(
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), name, DetectedContentType.Pdf, content.Length);

    /// <summary>An outgoing contract with two files, an amount, a counterparty and free fields, in draft.</summary>
    public static Document Outgoing(Guid profileId, string number = "D-1")
    {
        var counterparty = Counterparty.Create(CounterpartyIdentifierKind.Bin, CounterpartyBin, "ТОО «Ромашка»").Value;
        var created = Document.Create(
            new NewDocument
            {
                OwnerProfileId = profileId,
                Kind = DocumentKind.ExternalOutgoing,
                Number = number,
                Date = new DateOnly(2026, 12, 1),
                Title = "Договор поставки",
                AuthorId = Guid.NewGuid(),
                Files = [File($"contract {number}", "contract.pdf"), File($"annex {number}", "annex.pdf")],
                Amount = Money.Create(150000.55m, "KZT").Value,
                Counterparty = counterparty,
                FreeFields = new Dictionary<string, string> { ["contract"] = "K-17", ["costCentre"] = "Алматы" },
            },
            Guid.CreateVersion7(),
            Now);
        return created.Value!;
    }

    public static RecordedSignature OwnerSignature(Document document, string iin) => new(
        Guid.CreateVersion7(),
        SigningParty.Owner,
        Guid.NewGuid(),
        iin,
        "990340500016",
        "1A2B3C",
        $"reports/{Guid.NewGuid():N}",
        document.Files[0].Sha256,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"cms {iin}"))),
        Now.AddMinutes(5));
}
