using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Documents;

public class DocumentDeletionPolicyTests
{
    [Theory]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.Draft)]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.Rejected)]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.Revoked)]
    [InlineData(DocumentKind.Internal, DocumentStatus.Draft)]
    [InlineData(DocumentKind.Internal, DocumentStatus.Rejected)]
    public void Delete_ByAuthorInEarlyStatus_MarksDeleted(DocumentKind kind, DocumentStatus status)
    {
        var document = TestDocuments.InStatus(kind, status);

        var result = DocumentDeletionPolicy.Delete(document, TestDocuments.AuthorId);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.True(document.IsDeleted);
    }

    [Theory]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.OnApproval)]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.SignedAndSent)]
    [InlineData(DocumentKind.ExternalOutgoing, DocumentStatus.SignedByAllParties)]
    [InlineData(DocumentKind.Internal, DocumentStatus.SignedByAllParties)]
    [InlineData(DocumentKind.ExternalIncoming, DocumentStatus.Delivered)]
    [InlineData(DocumentKind.ExternalIncoming, DocumentStatus.Rejected)]
    public void Delete_LaterStatusOrIncoming_RefusedAndUnchanged(DocumentKind kind, DocumentStatus status)
    {
        var document = TestDocuments.InStatus(kind, status);
        var before = TestDocuments.Fingerprint(document);

        var result = DocumentDeletionPolicy.Delete(document, TestDocuments.AuthorId);

        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, result.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void Delete_ByViewer_Refused()
    {
        var document = TestDocuments.Create();
        var viewer = Guid.CreateVersion7();
        document.Grant(viewer, AccessMode.Viewer);

        var result = DocumentDeletionPolicy.Delete(document, viewer);

        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, result.Error?.Code);
        Assert.False(document.IsDeleted);
    }

    [Fact]
    public void Delete_ByEditor_Allowed()
    {
        var document = TestDocuments.Create();
        var editor = Guid.CreateVersion7();
        document.Grant(editor, AccessMode.Editor);

        var result = DocumentDeletionPolicy.Delete(document, editor);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Delete_SignedByCounterparty_NeedsSupportRequest()
    {
        var document = SignedByCounterparty();

        var result = DocumentDeletionPolicy.Delete(document, TestDocuments.AuthorId);

        Assert.Equal(DocumentErrorCodes.DeletionNeedsSupportRequest, result.Error?.Code);
        Assert.False(document.IsDeleted);
    }

    [Fact]
    public void DeletedDocument_StatusChange_Refused()
    {
        var document = TestDocuments.Create();
        DocumentDeletionPolicy.Delete(document, TestDocuments.AuthorId);

        var result = document.SubmitForApproval();

        Assert.Equal(DocumentErrorCodes.IllegalStatusTransition, result.Error?.Code);
    }

    [Fact]
    public void SubmitRequest_WithoutSupportingFile_Incomplete()
    {
        var document = SignedByCounterparty();

        var result = DeletionRequest.Submit(document, TestDocuments.AuthorId, "Ошибка в реквизитах", null, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.DeletionRequestIncomplete, result.Error?.Code);
    }

    [Fact]
    public void SubmitRequest_ForDraft_RefusedBecauseDirectDeletionWorks()
    {
        var document = TestDocuments.Create();

        var result = DeletionRequest.Submit(document, TestDocuments.AuthorId, "Причина", new string('a', 64), Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, result.Error?.Code);
    }

    [Fact]
    public void ApproveRequest_BySupport_DeletesDocument()
    {
        var document = SignedByCounterparty();
        var request = Submit(document);

        var result = request.Approve(document, Guid.CreateVersion7(), "Соглашение сторон проверено", DateTimeOffset.UtcNow);

        Assert.True(result.IsSuccess);
        Assert.True(document.IsDeleted);
        Assert.Equal(DeletionRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void RejectRequest_WithoutComment_Refused()
    {
        var document = SignedByCounterparty();
        var request = Submit(document);

        var result = request.Reject(Guid.CreateVersion7(), " ", DateTimeOffset.UtcNow);

        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error?.Code);
        Assert.Equal(DeletionRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void RejectRequest_WithComment_KeepsDocument()
    {
        var document = SignedByCounterparty();
        var request = Submit(document);

        request.Reject(Guid.CreateVersion7(), "Нет подписи контрагента на соглашении", DateTimeOffset.UtcNow);
        var secondDecision = request.Approve(document, Guid.CreateVersion7(), null, DateTimeOffset.UtcNow);

        Assert.False(document.IsDeleted);
        Assert.Equal(DocumentErrorCodes.DeletionRequestAlreadyDecided, secondDecision.Error?.Code);
    }

    private static DeletionRequest Submit(Document document) =>
        DeletionRequest.Submit(document, TestDocuments.AuthorId, "Ошибка в реквизитах", new string('c', 64), Guid.CreateVersion7(), DateTimeOffset.UtcNow).Value!;

    private static Document SignedByCounterparty()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.Delivered);
        document.RecordSignature(new RecordedSignature(
            Guid.CreateVersion7(), SigningParty.Counterparty, null, TestDocuments.OtherIin, TestDocuments.CounterpartyBin,
            "0C", "reports/2", document.Files[0].Sha256, new string('d', 64), DateTimeOffset.UtcNow));
        document.CompleteCounterpartySigning();
        return document;
    }
}
