using System.Diagnostics;
using System.Security.Cryptography;
using Idocs.Documents.Documents;
using Idocs.Documents.Signing;
using Idocs.Documents.UnitOfWork;
using Idocs.Documents.Uploads;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Benchmarks.Documents;

/// <summary>
/// Times accepting one signature on each of many internal documents in one profile: CMS
/// verification over the stored bytes, the signing gate, then lock, record and commit per document.
/// </summary>
/// <remarks>
/// NOTE: the verifier runs without trust anchors or revocation sources, so chain and OCSP checks are
/// not part of the figure. Here a report counts as passed when no check failed. The steps are called
/// directly because no signature acceptance service was in main when this was written.
/// </remarks>
internal static class MassSignature
{
    public static async Task RunAsync(IServiceProvider services, string label, string keyFile, string password, int count)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "kz-pki", "ncanode", "keys", keyFile);
        var key = Pkcs12Reader.Read(File.ReadAllBytes(path), password).Value
            ?? throw new InvalidOperationException($"Key file {path} cannot be read.");
        var verifier = new CmsSignatureVerifier(
            new CmsVerificationOptions { Certificates = new() { ValidateIdentifierChecksums = false } },
            TimeProvider.System);
        var profileId = Guid.NewGuid();
        var employeeId = Guid.NewGuid();

        var prepare = Stopwatch.StartNew();
        var documents = new List<(Guid DocumentId, byte[] Content, byte[] Cms)>();
        for (var index = 0; index < count; index++)
        {
            var content = RandomNumberGenerator.GetBytes(4096);
            var document = Document.Create(
                new NewDocument
                {
                    OwnerProfileId = profileId,
                    Kind = DocumentKind.Internal,
                    Number = $"MASS-{index:D5}",
                    Date = new DateOnly(2026, 12, 4),
                    Title = "Приказ",
                    AuthorId = employeeId,
                    Files = [new DocumentFile(Convert.ToHexStringLower(SHA256.HashData(content)), "order.pdf", DetectedContentType.Pdf, content.Length)],
                },
                Guid.CreateVersion7(),
                DateTimeOffset.UtcNow).Value!;
            Check(document.StartSigning(), document.Id);
            await using var scope = DocumentsLoad.Scope(services, profileId);
            Check(await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, CancellationToken.None), document.Id);
            documents.Add((document.Id, content, CadesSigner.Sign(key, content, new CadesSignOptions { SigningTime = DateTimeOffset.UtcNow })));
        }

        prepare.Stop();
        var verifyTime = TimeSpan.Zero;
        var accept = Stopwatch.StartNew();
        foreach (var (documentId, content, cms) in documents)
        {
            var verify = Stopwatch.StartNew();
            var report = (await verifier.VerifyAsync(cms, CmsContent.FromBytes(content))).Single();
            verifyTime += verify.Elapsed;

            await using var scope = DocumentsLoad.Scope(services, profileId);
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>().BeginAsync(CancellationToken.None);
            var document = await unitOfWork.LockDocumentAsync(documentId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Document {documentId} is missing.");
            var summary = Summarize(report);
            var employee = new EmployeeSigningFacts
            {
                EmployeeId = employeeId,
                ProfileId = profileId,
                ProfileKind = SignerProfileKind.Individual,
                ProfileIdentifier = summary.Signer!.Iin,
                Iin = summary.Signer.Iin,
                FullName = report.Signer!.CommonName,
            };
            Check(SigningGate.Check(document, employee, summary), documentId);
            Check(
                document.RecordSignature(new RecordedSignature(
                    Guid.CreateVersion7(), SigningParty.Owner, employeeId, summary.Signer.Iin, null, summary.Signer.SerialNumber,
                    summary.ReportReference, document.Files[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(cms)), DateTimeOffset.UtcNow)),
                documentId);
            var updated = await unitOfWork.Documents.UpdateAsync(document, CancellationToken.None);
            Check(updated.IsSuccess ? Idocs.Common.Results.Result.Success() : updated.Error!, documentId);
            Check(await unitOfWork.CommitAsync(CancellationToken.None), documentId);
        }

        accept.Stop();
        Console.WriteLine(
            $"| mass signature, {label} | {count} | {accept.Elapsed.TotalSeconds:F2} s total | {accept.Elapsed.TotalMilliseconds / count:F2} ms per document | " +
            $"verification {verifyTime.TotalSeconds:F2} s | setup {prepare.Elapsed.TotalSeconds:F1} s |");
    }

    private static SignatureVerificationReport Summarize(ValidationReport report)
    {
        var failed = report.Indication == Indication.TotalFailed;
        var signer = report.Signer is { Iin: { } iin } identity
            ? new SignerFacts
            {
                SerialNumber = identity.CertificateSerial,
                Iin = iin,
                SubjectKind = CertificateSubjectKind.Individual,
                KeyUsage = CertificateKeyUsage.Signing,
                Revocation = RevocationStatus.Good,
            }
            : null;
        return new SignatureVerificationReport(
            failed ? SignatureReportStatus.Failed : SignatureReportStatus.Passed,
            $"bench/{Guid.NewGuid():N}",
            signer,
            failed ? report.SubIndication.ToString() : null);
    }

    private static void Check(Idocs.Common.Results.Result result, Guid documentId)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Document {documentId}: {result.Error!.Code}: {result.Error.Message}");
        }
    }
}
