using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Idocs.Cli;
using Idocs.Common.Results;
using Idocs.PrintForms.Archives;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Tests.Support;
using Idocs.Signatures.TestPki;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.PrintForms.Tests.Archives;

public sealed class DocumentArchiveExporterTests(SignedDocumentFixture fixture) : IClassFixture<SignedDocumentFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(fixture.Folder, "export-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExportAsync_SignedDocument_EveryHashMatchesManifest()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();

        var onDisk = Directory.EnumerateFiles(extracted, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(extracted, path).Replace('\\', '/'))
            .Where(path => path != ArchiveManifest.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(manifest.Files.Select(entry => entry.Path).Order(StringComparer.Ordinal), onDisk);
        foreach (var entry in manifest.Files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(extracted, entry.Path), Token);
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(entry.Size, bytes.Length);
        }
    }

    [Fact]
    public async Task ExportAsync_SignedDocument_HoldsEveryKindOfEvidence()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();

        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.Original);
        Assert.Equal(3, manifest.Files.Count(entry => entry.Kind == ArchiveEntryKinds.Signature && entry.Path.EndsWith(".p7s", StringComparison.Ordinal)));
        Assert.Equal(3, manifest.Files.Count(entry => entry.Kind == ArchiveEntryKinds.ValidationReport));
        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.PrintForm);
        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.PassportPdf);
        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.PassportJson);
        Assert.Empty(manifest.Notes);
        var original = manifest.Files.Single(entry => entry.Kind == ArchiveEntryKinds.Original);
        Assert.Equal(fixture.Original, await File.ReadAllBytesAsync(Path.Combine(extracted, original.Path), Token));
    }

    [Fact]
    public async Task ExportAsync_SignedDocument_ReportsArePassed()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();

        foreach (var entry in manifest.Files.Where(entry => entry.Kind == ArchiveEntryKinds.ValidationReport))
        {
            using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(extracted, entry.Path), Token));
            Assert.Equal("TotalPassed", report.RootElement.GetProperty("indication").GetString());
        }

        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.ValidationReport && entry.Description!.Contains("validated again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAsync_SignedDocument_PrintFormAndPassportNameEverySigner()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();

        var printForm = PdfText.AllText(await File.ReadAllBytesAsync(Path.Combine(extracted, Path_(manifest, ArchiveEntryKinds.PrintForm)), Token));
        var passport = PdfText.AllText(await File.ReadAllBytesAsync(Path.Combine(extracted, Path_(manifest, ArchiveEntryKinds.PassportPdf)), Token));
        foreach (var (iin, _, _) in fixture.Signers)
        {
            Assert.Contains(iin, printForm, StringComparison.Ordinal);
            Assert.Contains(iin, passport, StringComparison.Ordinal);
        }

        Assert.Contains("ӘБІЛОВ", printForm, StringComparison.Ordinal);
        Assert.Contains("Паспорт", passport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_PassportJson_CarriesIntactChain()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();

        using var passport = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(extracted, Path_(manifest, ArchiveEntryKinds.PassportJson)), Token));
        Assert.True(passport.RootElement.GetProperty("verification").GetProperty("isIntact").GetBoolean());
        Assert.Equal(4, passport.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task ExportAsync_RsaSignatures_VerifyWithOpenSsl()
    {
        var openssl = ExternalVerifier.Require("openssl");
        var (manifest, extracted) = await ExportAndExtractAsync();
        var chain = Path.Combine(_folder, "rsa-chain.pem");
        await File.WriteAllTextAsync(chain, Pem(fixture.Issuer.Store.RootCertificateFiles()[0]) + Pem(fixture.Issuer.Store.IssuingCaCertificateFiles()[0]), Token);
        var original = Path.Combine(extracted, Path_(manifest, ArchiveEntryKinds.Original));

        var rsaSignatures = RsaSignaturePaths(manifest);
        Assert.Equal(2, rsaSignatures.Count);
        foreach (var signature in rsaSignatures)
        {
            var outcome = await ExternalVerifier.RunAsync(
                openssl, _folder, "cms", "-verify", "-binary", "-inform", "DER", "-in", Path.Combine(extracted, signature),
                "-content", original, "-CAfile", chain, "-purpose", "any", "-out", Path.Combine(_folder, "content.out"));

            Assert.True(outcome.ExitCode == 0, $"openssl rejected {signature}: {outcome.Error}");
            Assert.Contains("Verification successful", outcome.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportAsync_RsaSignature_OpenSslRejectsOtherContent()
    {
        var openssl = ExternalVerifier.Require("openssl");
        var (manifest, extracted) = await ExportAndExtractAsync();
        var chain = Path.Combine(_folder, "rsa-chain.pem");
        await File.WriteAllTextAsync(chain, Pem(fixture.Issuer.Store.RootCertificateFiles()[0]) + Pem(fixture.Issuer.Store.IssuingCaCertificateFiles()[0]), Token);
        var changed = fixture.Original.ToArray();
        changed[^10] ^= 1;
        var changedPath = Path.Combine(_folder, "changed.pdf");
        await File.WriteAllBytesAsync(changedPath, changed, Token);

        var outcome = await ExternalVerifier.RunAsync(
            openssl, _folder, "cms", "-verify", "-binary", "-inform", "DER", "-in", Path.Combine(extracted, RsaSignaturePaths(manifest)[0]),
            "-content", changedPath, "-CAfile", chain, "-purpose", "any", "-out", Path.Combine(_folder, "content.out"));

        Assert.NotEqual(0, outcome.ExitCode);
    }

    [Fact]
    public async Task ExportAsync_EverySignature_VerifiesWithIdocsCli()
    {
        var (manifest, extracted) = await ExportAndExtractAsync();
        var original = Path.Combine(extracted, Path_(manifest, ArchiveEntryKinds.Original));

        var signatures = manifest.Files.Where(entry => entry.Kind == ArchiveEntryKinds.Signature).ToList();
        Assert.Equal(3, signatures.Count);
        foreach (var signature in signatures)
        {
            var arguments = new List<string> { "verify", "--in", Path.Combine(extracted, signature.Path), "--content", original, "--anchors", fixture.AnchorsFolder };
            foreach (var crl in fixture.CrlUrls)
            {
                arguments.AddRange(["--crl", crl.ToString()]);
            }

            var (exitCode, output, error) = await RunCliAsync([.. arguments]);

            Assert.True(exitCode == 0, $"idocs verify {signature.Path} exited {exitCode}: {output} {error}");
            Assert.StartsWith("TotalPassed", output.Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportAsync_UnknownDocument_ReturnsNotFound()
    {
        using var scope = fixture.Services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<DocumentArchiveExporter>();
        await using var output = new MemoryStream();

        var result = await exporter.ExportAsync(Guid.CreateVersion7(), output, PrintLanguage.Russian, Token);

        Assert.Equal(CommonErrorCodes.NotFound, result.Error?.Code);
    }

    private async Task<(ArchiveManifest Manifest, string Extracted)> ExportAndExtractAsync()
    {
        Directory.CreateDirectory(_folder);
        var zipPath = Path.Combine(_folder, "archive.zip");
        using var scope = fixture.Services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<DocumentArchiveExporter>();
        Result<ArchiveManifest> exported;
        await using (var file = File.Create(zipPath))
        {
            await using var output = new NonSeekableStream(file);
            exported = await exporter.ExportAsync(fixture.DocumentId, output, PrintLanguage.Russian, Token);
        }

        Assert.True(exported.IsSuccess, exported.Error?.ToString());
        var extracted = Path.Combine(_folder, "unpacked");
        await ZipFile.ExtractToDirectoryAsync(zipPath, extracted, Token);
        var manifest = JsonSerializer.Deserialize<ArchiveManifest>(await File.ReadAllBytesAsync(Path.Combine(extracted, ArchiveManifest.FileName), Token), ReportJson.Options)!;
        Assert.Equal(exported.Value.Files, manifest.Files);
        return (manifest, extracted);
    }

    private List<string> RsaSignaturePaths(ArchiveManifest manifest)
    {
        var rsaIins = fixture.Signers.Where(signer => signer.Algorithm == TestPkiAlgorithm.Rsa).Select(signer => signer.Iin).ToList();
        return manifest.Files
            .Where(entry => entry.Kind == ArchiveEntryKinds.Signature && rsaIins.Any(iin => entry.Path.Contains(iin, StringComparison.Ordinal)))
            .Select(entry => entry.Path)
            .ToList();
    }

    private static string Path_(ArchiveManifest manifest, string kind) => manifest.Files.Single(entry => entry.Kind == kind).Path;

    private static string Pem(string derFile)
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(derFile);
        return certificate.ExportCertificatePem() + "\n";
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter(new StringBuilder());
        using var error = new StringWriter(new StringBuilder());
        var exitCode = await IdocsCommandLine.Create().Parse(args)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error }, Token);
        return (exitCode, output.ToString(), error.ToString());
    }
}
