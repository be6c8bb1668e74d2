using System.Security.Cryptography;
using Idocs.PrintForms;
using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using Idocs.PrintForms.Passports;
using Idocs.Signatures.Reports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>A document with three signatures (one RSA, two GOST) and its passport, as test data.</summary>
public static class SampleDocuments
{
    /// <summary>Every Kazakh-specific letter, upper and lower case.</summary>
    public const string KazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    public const string BaseUrl = "https://idocs.kz";

    public static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);

    public static PrintFormOptions Options() => new()
    {
        VerificationBaseUrl = new Uri(BaseUrl),
        DisplayTimeZoneId = "UTC",
    };

    public static PrintFormRenderer PrintFormRenderer(PrintFormOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), new FixedClock(Now), NullLogger<PrintFormRenderer>.Instance);

    public static PassportRenderer PassportRenderer(PrintFormOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), new FixedClock(Now));

    public static PrintDocumentInfo Document(byte[] original, string fileName, string mediaType) => new(
        DocumentId: Guid.Parse("01938a4e-7c2b-7f00-8a00-5d1e2f3a4b5c"),
        Title: $"Шарт № 17: {KazakhLetters}",
        Number: "17/2026",
        CreatedAt: new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero),
        AuthorOrganisation: "ТОО «Һадис Құрылыс», БИН 120340012345",
        FileName: fileName,
        MediaType: mediaType,
        SizeBytes: original.Length,
        Sha256Hex: Convert.ToHexStringLower(SHA256.HashData(original)),
        Parties: ["ТОО «Һадис Құрылыс»", "АО «Іле Сервис»", "Нұрланова Әлия Ғалымқызы"]);

    public static IReadOnlyList<PrintSignature> ThreeSignatures() =>
    [
        new PrintSignature(
            SignerName: "НҰРЛАНОВА ӘЛИЯ ҒАЛЫМҚЫЗЫ",
            Iin: "900101400123",
            Bin: null,
            Organisation: null,
            Role: "Физическое лицо",
            Algorithm: "RSA / SHA-256",
            CertificateSerial: "4f1c2a9e0b7d3c5a6e8f90a1b2c3d4e5f6071829",
            CertificateIssuer: "CN=Idocs Test CA (RSA), O=Idocs, C=KZ",
            CertificateValidFrom: new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero),
            CertificateValidTo: new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero),
            SignedAt: new DateTimeOffset(2026, 12, 2, 10, 15, 3, TimeSpan.Zero),
            TimestampAt: new DateTimeOffset(2026, 12, 2, 10, 15, 4, TimeSpan.Zero),
            Status: Indication.TotalPassed,
            VerificationId: "aB3dE5fG7h"),
        new PrintSignature(
            SignerName: "ҮСЕНОВ ҚАЙРАТ ӨМІРҰЛЫ",
            Iin: "850512300456",
            Bin: "120340012345",
            Organisation: "ТОО «Һадис Құрылыс»",
            Role: "Директор",
            Algorithm: "GOST 34.310-2004 / GOST 34.311-95",
            CertificateSerial: "7a0e33c1d2f4b6a8c0e2f4a6b8d0f2a4c6e8a0b2",
            CertificateIssuer: "CN=Idocs Test CA (GOST), O=Idocs, C=KZ",
            CertificateValidFrom: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            CertificateValidTo: new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero),
            SignedAt: new DateTimeOffset(2026, 12, 3, 6, 45, 10, TimeSpan.Zero),
            TimestampAt: new DateTimeOffset(2026, 12, 3, 6, 45, 11, TimeSpan.Zero),
            Status: Indication.TotalPassed,
            VerificationId: "Kx9_Qw-2Lm"),
        new PrintSignature(
            SignerName: "СИДОРОВ ИВАН ПЕТРОВИЧ",
            Iin: "780304300789",
            Bin: "990140001234",
            Organisation: "АО «Іле Сервис»",
            Role: "Главный бухгалтер",
            Algorithm: "GOST 34.310-2004 / GOST 34.311-95",
            CertificateSerial: "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
            CertificateIssuer: "CN=Idocs Test CA (GOST), O=Idocs, C=KZ",
            CertificateValidFrom: new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.Zero),
            CertificateValidTo: new DateTimeOffset(2027, 2, 10, 0, 0, 0, TimeSpan.Zero),
            SignedAt: new DateTimeOffset(2026, 12, 4, 8, 5, 0, TimeSpan.Zero),
            TimestampAt: null,
            Status: Indication.Indeterminate,
            VerificationId: "Zz81yT0pQr"),
    ];

    public static PrintFormRequest Request(byte[] original, string fileName, string mediaType, PrintLanguage language = PrintLanguage.Russian) =>
        new(Document(original, fileName, mediaType), ThreeSignatures(), original, language);

    public static string ExpectedLink(PrintSignature signature, PrintDocumentInfo document) =>
        $"{BaseUrl}/verify/{signature.VerificationId}#sha256={document.Sha256Hex}";

    public static IReadOnlyList<PassportEvent> PassportEvents()
    {
        var signatures = ThreeSignatures();
        return
        [
            Event(1, new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), PassportAction.Created, null, signatures[1], signed: false),
            Event(2, new DateTimeOffset(2026, 12, 2, 10, 15, 3, TimeSpan.Zero), PassportAction.Signed, null, signatures[0], signed: true),
            Event(3, new DateTimeOffset(2026, 12, 3, 6, 45, 10, TimeSpan.Zero), PassportAction.Signed, null, signatures[1], signed: true),
            Event(4, new DateTimeOffset(2026, 12, 3, 6, 46, 0, TimeSpan.Zero), PassportAction.Sent, "Контрагенту: АО «Іле Сервис»", signatures[1], signed: false),
            Event(5, new DateTimeOffset(2026, 12, 4, 8, 5, 0, TimeSpan.Zero), PassportAction.Signed, null, signatures[2], signed: true),
        ];
    }

    public static string ChainHead(IReadOnlyList<PassportEvent> events) => events[^1].EventHash;

    private static PassportEvent Event(long sequence, DateTimeOffset time, PassportAction action, string? details, PrintSignature actor, bool signed) => new(
        Sequence: sequence,
        OccurredAt: time,
        Action: action,
        Details: details,
        ActorName: actor.SignerName,
        ActorIin: actor.Iin,
        ActorOrganisation: actor.Organisation is null ? null : $"{actor.Organisation}, БИН {actor.Bin}",
        CertificateSerial: signed ? actor.CertificateSerial : null,
        CertificateIssuer: signed ? actor.CertificateIssuer : null,
        EventHash: Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(sequence))));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
