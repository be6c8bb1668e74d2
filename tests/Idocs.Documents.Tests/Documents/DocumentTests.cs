using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Documents;

public class DocumentTests
{
    [Fact]
    public void Create_OutgoingDocument_StartsInDraftWithAllFields()
    {
        var document = TestDocuments.Create();

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Equal("Договор поставки", document.Title);
        Assert.Equal(150000.50m, document.Amount!.Amount);
        Assert.Equal("KZT", document.Amount.Currency);
        Assert.Equal(TestDocuments.CounterpartyBin, document.Counterparty!.Identifier);
        Assert.Equal("42", document.FreeFields["contract"]);
        Assert.Single(document.Files);
    }

    [Fact]
    public void Create_IncomingDocument_StartsDelivered()
    {
        var document = TestDocuments.Create(DocumentKind.ExternalIncoming);

        Assert.Equal(DocumentStatus.Delivered, document.Status);
    }

    [Fact]
    public void Create_FolderOnExternalDocument_Fails()
    {
        var input = TestDocuments.NewDocument() with { FolderId = Guid.CreateVersion7() };

        var result = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.FolderOnlyForInternal, result.Error?.Code);
    }

    [Fact]
    public void Create_InternalDocumentInFolder_Succeeds()
    {
        var folderId = Guid.CreateVersion7();
        var input = TestDocuments.NewDocument(DocumentKind.Internal) with { FolderId = folderId };

        var result = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(folderId, result.Value?.FolderId);
    }

    [Fact]
    public void Create_WithoutFiles_Fails()
    {
        var input = TestDocuments.NewDocument() with { Files = [] };

        var result = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.FileRequired, result.Error?.Code);
    }

    [Fact]
    public void Create_SameFileTwice_Fails()
    {
        var input = TestDocuments.NewDocument() with { Files = [TestDocuments.File(), TestDocuments.File()] };

        var result = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.DuplicateFile, result.Error?.Code);
    }

    [Fact]
    public void Create_BlankTitle_Fails()
    {
        var input = TestDocuments.NewDocument() with { Title = "  " };

        var result = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.InvalidTitle, result.Error?.Code);
    }

    [Theory]
    [InlineData(-1, "KZT")]
    [InlineData(10, "тенге")]
    [InlineData(10, "")]
    public void MoneyCreate_InvalidInput_Fails(decimal amount, string currency)
    {
        var result = Money.Create(amount, currency);

        Assert.Equal(DocumentErrorCodes.InvalidAmount, result.Error?.Code);
    }

    [Theory]
    [InlineData(CounterpartyIdentifierKind.Bin, "990340500017")]
    [InlineData(CounterpartyIdentifierKind.Iin, "12345")]
    [InlineData(CounterpartyIdentifierKind.Email, "not an email")]
    public void CounterpartyCreate_InvalidIdentifier_Fails(CounterpartyIdentifierKind kind, string identifier)
    {
        var result = Counterparty.Create(kind, identifier, "ТОО Ромашка");

        Assert.Equal(DocumentErrorCodes.InvalidCounterparty, result.Error?.Code);
    }

    [Fact]
    public void CounterpartyCreate_Email_NormalizesCase()
    {
        var result = Counterparty.Create(CounterpartyIdentifierKind.Email, "Ivanov@Example.KZ", "Иванов И.");

        Assert.Equal("ivanov@example.kz", result.Value?.Identifier);
    }

    [Fact]
    public void Grant_EditorAccess_AllowsEditing()
    {
        var document = TestDocuments.Create();
        var employee = Guid.CreateVersion7();

        var result = document.Grant(employee, AccessMode.Editor);

        Assert.True(result.IsSuccess);
        Assert.True(document.CanEdit(employee));
    }

    [Fact]
    public void Grant_ViewerAccess_AllowsViewingOnly()
    {
        var document = TestDocuments.Create();
        var employee = Guid.CreateVersion7();

        document.Grant(employee, AccessMode.Viewer);

        Assert.True(document.CanView(employee));
        Assert.False(document.CanEdit(employee));
    }

    [Fact]
    public void Grant_ToAuthor_Fails()
    {
        var document = TestDocuments.Create();

        var result = document.Grant(TestDocuments.AuthorId, AccessMode.Viewer);

        Assert.Equal(DocumentErrorCodes.GrantToAuthor, result.Error?.Code);
    }

    [Fact]
    public void Restore_Snapshot_RoundTripsEveryField()
    {
        var document = TestDocuments.Create();
        document.Grant(Guid.CreateVersion7(), AccessMode.Editor);

        var restored = Document.Restore(document.ToSnapshot());

        Assert.Equal(TestDocuments.Fingerprint(document), TestDocuments.Fingerprint(restored));
    }
}
