using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Idocs.Documents.Deletion;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>Deleting a document the counterparty signed: a request with a supporting file that support approves or rejects.</summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    private static readonly SupportAgent Agent = new(Guid.Parse("0190f000-0000-7000-8000-00000000c001"), "Поддержка Idocs");

    [Fact]
    public async Task DeletionRequest_SupportApproves_DocumentDeletedWithPassportEvent()
    {
        var document = await SignedByIndividualAsync();
        var filed = await FileDeletionRequestAsync(document.Id, "Стороны расторгли договор");
        var pending = await _harness.InProfileAsync<IDeletionRequestStore, IReadOnlyList<DeletionRequestForSupport>>(
            null, store => store.ListPendingForSupportAsync(PostgreSqlFlowHarness.Cancellation));

        var approved = await _harness.InProfileAsync<DecideDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            null, decide => decide.ApproveAsync(Agent, filed.Id, "Соглашение сторон проверено", PostgreSqlFlowHarness.Cancellation));

        Assert.Contains(pending, item => item.Request.Id == filed.Id && item.OwnerProfileId == A && item.DocumentTitle == document.Title);
        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        Assert.Equal(DeletionRequestStatus.Approved, approved.Value!.Status);
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        Assert.True(stored!.IsDeleted);
        Assert.Equal([PassportEventType.DeletionRequested, PassportEventType.Deleted], events.TakeLast(2).Select(passportEvent => passportEvent.Type));
        Assert.Equal(Agent.Name, events[^1].Actor.Name);
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
    }

    [Fact]
    public async Task DeletionRequest_SupportRejectsWithComment_DocumentStays()
    {
        var document = await SignedByIndividualAsync();
        var filed = await FileDeletionRequestAsync(document.Id, "Ошибка в реквизитах");

        var withoutComment = await _harness.InProfileAsync<DecideDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            null, decide => decide.RejectAsync(Agent, filed.Id, " ", PostgreSqlFlowHarness.Cancellation));
        var rejected = await _harness.InProfileAsync<DecideDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            null, decide => decide.RejectAsync(Agent, filed.Id, "Приложите соглашение, подписанное обеими сторонами", PostgreSqlFlowHarness.Cancellation));
        var again = await _harness.InProfileAsync<DecideDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            null, decide => decide.ApproveAsync(Agent, filed.Id, null, PostgreSqlFlowHarness.Cancellation));
        var listed = await _harness.InProfileAsync<ListDeletionRequests, Idocs.Common.Results.Result<IReadOnlyList<DeletionRequest>>>(
            A, list => list.ListAsync(document.Id, PostgreSqlFlowHarness.AuthorA, PostgreSqlFlowHarness.Cancellation));

        Assert.Equal(Idocs.Common.Results.CommonErrorCodes.InvalidInput, withoutComment.Error?.Code);
        Assert.True(rejected.IsSuccess, rejected.Error?.ToString());
        Assert.Equal(DocumentErrorCodes.DeletionRequestAlreadyDecided, again.Error?.Code);
        var request = Assert.Single(listed.Value!);
        Assert.Equal(DeletionRequestStatus.Rejected, request.Status);
        Assert.Equal("Приложите соглашение, подписанное обеими сторонами", request.SupportComment);
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        Assert.False(stored!.IsDeleted);
        Assert.Equal(DocumentStatus.SignedByAllParties, stored.Status);
        Assert.Equal(PassportEventType.DeletionRequested, events[^1].Type);
    }

    [Fact]
    public async Task DeletionRequest_SecondWhilePending_Refused()
    {
        var document = await SignedByIndividualAsync();
        await FileDeletionRequestAsync(document.Id, "Первая просьба");

        var second = await TryFileDeletionRequestAsync(document.Id, "Вторая просьба", AgreementPdf("второе соглашение"));

        Assert.Equal(DeletionRequestErrorCodes.AlreadyPending, second.Error?.Code);
    }

    [Fact]
    public async Task DeletionRequest_DocumentNotSignedByCounterparty_RefusedAndFileNotStored()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, CompanyB());
        var agreement = AgreementPdf($"черновик {Guid.NewGuid():N}");

        var filed = await TryFileDeletionRequestAsync(document.Id, "Черновик больше не нужен", agreement);

        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, filed.Error?.Code);
        Assert.Null(await StoredFileAsync(agreement));
    }

    [Fact]
    public async Task DeletionRequest_DocumentOfAnotherProfile_NotFound()
    {
        var document = await SignedByIndividualAsync();

        var filed = await _harness.InProfileAsync<FileDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            PostgreSqlFlowHarness.CompanyB,
            service => service.FileAsync(
                new FileDeletionRequestCommand(document.Id, PostgreSqlFlowHarness.DirectorB, "Чужой документ", [new IncomingFile("agreement.pdf", new MemoryStream(AgreementPdf("чужое")))], "127.0.0.1"),
                CultureInfo.GetCultureInfo("ru-RU"),
                PostgreSqlFlowHarness.Cancellation));

        Assert.Equal(Idocs.Common.Results.CommonErrorCodes.NotFound, filed.Error?.Code);
    }

    private async Task<Document> SignedByIndividualAsync()
    {
        var (document, token) = await SentByLinkAsync();
        var signed = await _harness.SignByLinkAsync(document, token, "individual");
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        return document;
    }

    private async Task<DeletionRequest> FileDeletionRequestAsync(Guid documentId, string reason)
    {
        var filed = await TryFileDeletionRequestAsync(documentId, reason, AgreementPdf($"{reason} {Guid.NewGuid():N}"));
        Assert.True(filed.IsSuccess, filed.Error?.ToString());
        return filed.Value!;
    }

    private Task<Idocs.Common.Results.Result<DeletionRequest>> TryFileDeletionRequestAsync(Guid documentId, string reason, byte[] agreement) =>
        _harness.InProfileAsync<FileDeletionRequest, Idocs.Common.Results.Result<DeletionRequest>>(
            A,
            service => service.FileAsync(
                new FileDeletionRequestCommand(documentId, PostgreSqlFlowHarness.AuthorA, reason, [new IncomingFile("agreement.pdf", new MemoryStream(agreement))], "127.0.0.1"),
                CultureInfo.GetCultureInfo("ru-RU"),
                PostgreSqlFlowHarness.Cancellation));

    private async Task<byte[]?> StoredFileAsync(byte[] content)
    {
        await using var scope = _harness.Scope(A);
        return await scope.ServiceProvider.GetRequiredService<IFileStore>().GetAsync(Convert.ToHexStringLower(SHA256.HashData(content)), PostgreSqlFlowHarness.Cancellation);
    }

    /// <summary>A small PDF that passes the upload check; <paramref name="text"/> makes its bytes unique.</summary>
    private static byte[] AgreementPdf(string text) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
