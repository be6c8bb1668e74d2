using Idocs.Documents.Documents;
using Idocs.Documents.Packages;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Packages;

public class PackageTests
{
    [Fact]
    public void Create_ThreeFiles_MakesOneDocumentPerFile()
    {
        var input = NewPackage("act.pdf", "invoice.pdf", "waybill.pdf");

        var result = PackageFactory.Create(input, Guid.CreateVersion7, DateTimeOffset.UtcNow);

        Assert.Equal(3, result.Value!.Documents.Count);
        Assert.Equal(["D-1", "D-2", "D-3"], result.Value.Documents.Select(d => d.Number));
        Assert.Equal(["act", "invoice", "waybill"], result.Value.Documents.Select(d => d.Title));
        Assert.All(result.Value.Documents, d => Assert.Equal(result.Value.Package.Id, d.PackageId));
        Assert.Equal(result.Value.Documents.Select(d => d.Id), result.Value.Package.DocumentIds);
    }

    [Fact]
    public void Create_OneFile_Fails()
    {
        var result = PackageFactory.Create(NewPackage("act.pdf"), Guid.CreateVersion7, DateTimeOffset.UtcNow);

        Assert.Equal(PackageErrorCodes.InvalidFileCount, result.Error?.Code);
    }

    [Fact]
    public void ApplyToAll_EveryDocumentAccepts_ReturnsChangedCopies()
    {
        var documents = PackageFactory.Create(NewPackage("a.pdf", "b.pdf"), Guid.CreateVersion7, DateTimeOffset.UtcNow).Value!.Documents;

        var result = PackageActions.ApplyToAll(documents, document => document.SubmitForApproval());

        Assert.All(result.Value!, document => Assert.Equal(DocumentStatus.OnApproval, document.Status));
    }

    [Fact]
    public void ApplyToAll_OneDocumentRefuses_ChangesNone()
    {
        var documents = PackageFactory.Create(NewPackage("a.pdf", "b.pdf"), Guid.CreateVersion7, DateTimeOffset.UtcNow).Value!.Documents;
        var refusing = Document.Restore(documents[1].ToSnapshot() with { Status = DocumentStatus.Rejected });
        IReadOnlyList<Document> mixed = [documents[0], refusing];
        var before = mixed.Select(TestDocuments.Fingerprint).ToList();

        var result = PackageActions.ApplyToAll(mixed, document => document.SubmitForApproval());

        Assert.Equal(PackageErrorCodes.DocumentRefused, result.Error?.Code);
        Assert.Equal(before, mixed.Select(TestDocuments.Fingerprint));
    }

    private static NewPackage NewPackage(params string[] fileNames) => new()
    {
        OwnerProfileId = TestDocuments.OwnerId,
        Kind = DocumentKind.ExternalOutgoing,
        Number = "D",
        Date = new DateOnly(2026, 12, 4),
        Title = "Закрывающие документы",
        AuthorId = TestDocuments.AuthorId,
        Files = [.. fileNames.Select(name => TestDocuments.File(name))],
        Counterparties = [TestDocuments.Counterparty()],
    };
}
