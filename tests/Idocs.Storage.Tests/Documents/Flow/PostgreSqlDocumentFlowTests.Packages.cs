using System.Globalization;
using System.Text;
using Idocs.Documents.Documents;
using Idocs.Documents.Packages;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.Storage.Documents;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>Packages: several files uploaded together, each its own document, routed and signed in one action.</summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    [Fact]
    public async Task Package_StartedAndSignedAsOne_EveryDocumentSent()
    {
        var created = await CreatePackageAsync(PackagePdf("акт"), PackagePdf("счёт-фактура"));
        var packageId = created.Value!.Package.Id;

        var started = await _harness.InProfileAsync<ActOnPackage, Idocs.Common.Results.Result<IReadOnlyList<PackageActionResult>>>(
            A,
            service => service.StartRouteAsync(
                packageId, PostgreSqlFlowHarness.AuthorA, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA])], null, "127.0.0.1",
                PostgreSqlFlowHarness.Cancellation));
        var signatures = new List<PackageSignature>();
        foreach (var document in created.Value.Documents)
        {
            signatures.Add(new PackageSignature(
                document.Id, document.Files[0].Sha256, PostgreSqlFlowHarness.SignBytes(_harness.Key("director-a"), await _harness.FileAsync(document))));
        }

        var signed = await _harness.InProfileAsync<ActOnPackage, Idocs.Common.Results.Result<IReadOnlyList<PackageActionResult>>>(
            A, service => service.SignAsync(packageId, PostgreSqlFlowHarness.DirectorA, signatures, Guid.NewGuid().ToString("N"), "127.0.0.1", PostgreSqlFlowHarness.Cancellation));
        var read = await _harness.InProfileAsync<ReadPackage, Idocs.Common.Results.Result<PackageView>>(
            A, service => service.GetAsync(packageId, PostgreSqlFlowHarness.AuthorA, PostgreSqlFlowHarness.Cancellation));

        Assert.Equal(2, created.Value.Documents.Count);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.All(started.Value!, result => Assert.Equal(DocumentStatus.OnSigning, result.Status));
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.All(signed.Value!, result => Assert.Equal(DocumentStatus.Delivered, result.Status));
        Assert.Equal(created.Value.Documents.Select(document => document.Id), read.Value!.Documents.Select(document => document.Id));
        Assert.All(read.Value.Documents, document => Assert.Equal(packageId, document.PackageId));
    }

    [Fact]
    public async Task Package_SignWithoutEveryDocument_RefusedBeforeAnySignature()
    {
        var created = await CreatePackageAsync(PackagePdf("договор"), PackagePdf("приложение"));
        var packageId = created.Value!.Package.Id;
        await _harness.InProfileAsync<ActOnPackage, Idocs.Common.Results.Result<IReadOnlyList<PackageActionResult>>>(
            A,
            service => service.StartRouteAsync(
                packageId, PostgreSqlFlowHarness.AuthorA, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA])], null, "127.0.0.1",
                PostgreSqlFlowHarness.Cancellation));
        var first = created.Value.Documents[0];
        var only = new PackageSignature(first.Id, first.Files[0].Sha256, PostgreSqlFlowHarness.SignBytes(_harness.Key("director-a"), await _harness.FileAsync(first)));

        var signed = await _harness.InProfileAsync<ActOnPackage, Idocs.Common.Results.Result<IReadOnlyList<PackageActionResult>>>(
            A, service => service.SignAsync(packageId, PostgreSqlFlowHarness.DirectorA, [only], Guid.NewGuid().ToString("N"), "127.0.0.1", PostgreSqlFlowHarness.Cancellation));

        Assert.Equal(PackageErrorCodes.DocumentRefused, signed.Error?.Code);
        foreach (var document in created.Value.Documents)
        {
            var (stored, _) = await _harness.ReadAsync(A, document.Id);
            Assert.Equal(DocumentStatus.OnSigning, stored!.Status);
            Assert.Empty(stored.Signatures);
        }
    }

    [Fact]
    public async Task Package_OneFileRejected_NothingStored()
    {
        var accepted = PackagePdf("принятый файл");
        var documentsBefore = await CountDocumentRowsAsync();

        var created = await CreatePackageAsync(accepted, Encoding.UTF8.GetBytes("просто текст, не документ"));

        Assert.Equal(UploadErrorCodes.UnsupportedType, created.Error?.Code);
        Assert.Equal(documentsBefore, await CountDocumentRowsAsync());
        Assert.Null(await StoredFileAsync(accepted));
    }

    private Task<Idocs.Common.Results.Result<PackageView>> CreatePackageAsync(params byte[][] files) =>
        _harness.InProfileAsync<CreatePackage, Idocs.Common.Results.Result<PackageView>>(
            A,
            service => service.CreateAsync(
                new CreatePackageCommand(
                    PostgreSqlFlowHarness.AuthorA,
                    DocumentKind.ExternalOutgoing,
                    $"P-{Guid.NewGuid():N}",
                    new DateOnly(2026, 12, 5),
                    "Закрывающие документы за ноябрь",
                    [CompanyB()],
                    null,
                    [.. files.Select((content, index) => new IncomingFile($"file-{index + 1}.pdf", new MemoryStream(content)))],
                    "127.0.0.1"),
                CultureInfo.GetCultureInfo("ru-RU"),
                PostgreSqlFlowHarness.Cancellation));

    private async Task<int> CountDocumentRowsAsync()
    {
        await using var context = database.CreateDbContext();
        return await context.Set<DocumentRow>().IgnoreQueryFilters().CountAsync(PostgreSqlFlowHarness.Cancellation);
    }

    private static byte[] PackagePdf(string text) => AgreementPdf($"{text} {Guid.NewGuid():N}");
}
