using System.Security.Cryptography;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tests.Fakes;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.LinkAccess;

public class CounterpartyByLinkTests
{
    private const string PersonKey = "person";
    private static readonly byte[] FileBytes = "%PDF-1.7 акт %%EOF"u8.ToArray();
    private static readonly string FileSha256 = Convert.ToHexStringLower(SHA256.HashData(FileBytes));

    private readonly InMemoryDocumentStore _documents = new();
    private readonly InMemoryFileStore _files = new();
    private readonly InMemoryPassportStore _passport = new();
    private readonly FakeSignatureLibrary _library = new();
    private readonly LinkAccessService _links;
    private readonly CounterpartyByLink _counterparty;

    public CounterpartyByLinkTests()
    {
        _links = new LinkAccessService(new InMemoryLinkTokenStore(), TimeProvider.System);
        _counterparty = new CounterpartyByLink(_links, _documents, _files, _passport, _library, TimeProvider.System);
        _library.Register(PersonKey, new SignerFacts
        {
            SerialNumber = "5B01",
            Iin = TestDocuments.OtherIin,
            SubjectKind = CertificateSubjectKind.Individual,
            KeyUsage = CertificateKeyUsage.Signing,
            Revocation = RevocationStatus.Good,
        });
    }

    [Fact]
    public async Task OpenAsync_SentDocument_MarksViewedAndKeepsLink()
    {
        var (document, token) = await StoreSentWithLink();

        var opened = await _counterparty.OpenAsync(document.Id, token, "127.0.0.1", TestContext.Current.CancellationToken);
        var openedAgain = await _counterparty.OpenAsync(document.Id, token, "127.0.0.1", TestContext.Current.CancellationToken);

        var events = await _passport.ListAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.Equal(DocumentStatus.ViewedByCounterparty, opened.Value!.Status);
        Assert.True(openedAgain.IsSuccess);
        Assert.Equal([PassportEventType.Delivered, PassportEventType.ViewedByCounterparty], events.Select(e => e.Type));
    }

    [Fact]
    public async Task SignAsync_MatchingIndividualCertificate_SignsByAllPartiesAndUsesLink()
    {
        var (document, token) = await StoreSentWithLink();

        var signed = await _counterparty.SignAsync(Submission(document.Id, token), TestContext.Current.CancellationToken);
        var reuse = await _links.OpenAsync(document.Id, token, TestContext.Current.CancellationToken);

        var stored = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, stored!.Status);
        Assert.Equal(LinkAccessErrorCodes.Used, reuse.Error?.Code);
        Assert.True(PassportVerifier.Verify(document.Id, await _passport.ListAsync(document.Id, TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task SignAsync_CertificateOfAnotherPerson_RefusedAndLinkKept()
    {
        _library.Register("stranger", new SignerFacts
        {
            SerialNumber = "5B02",
            Iin = TestDocuments.DirectorIin,
            SubjectKind = CertificateSubjectKind.Individual,
            KeyUsage = CertificateKeyUsage.Signing,
            Revocation = RevocationStatus.Good,
        });
        var (document, token) = await StoreSentWithLink();
        var before = TestDocuments.Fingerprint(document);

        var signed = await _counterparty.SignAsync(Submission(document.Id, token, "stranger"), TestContext.Current.CancellationToken);

        Assert.Equal(SigningErrorCodes.IinMismatch, signed.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint((await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!));
        Assert.True((await _links.OpenAsync(document.Id, token, TestContext.Current.CancellationToken)).IsSuccess);
    }

    [Fact]
    public async Task SignAsync_WithLinkOfAnotherDocument_Refused()
    {
        var (document, _) = await StoreSentWithLink();
        var (_, otherToken) = await StoreSentWithLink("D-2");

        var signed = await _counterparty.SignAsync(Submission(document.Id, otherToken), TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.WrongDocument, signed.Error?.Code);
    }

    [Fact]
    public async Task RevokeRacingSign_SignCommitsFirst_RevokeConflicts()
    {
        var (document, token) = await StoreSentWithLink();
        var senderCopy = (await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!;

        await _counterparty.SignAsync(Submission(document.Id, token), TestContext.Current.CancellationToken);
        senderCopy.Revoke();
        var revokeSaved = await _documents.UpdateAsync(senderCopy, TestContext.Current.CancellationToken);

        var stored = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.Equal(CommonErrorCodes.ConcurrencyConflict, revokeSaved.Error?.Code);
        Assert.Equal(DocumentStatus.SignedByAllParties, stored!.Status);
    }

    [Fact]
    public async Task RevokeRacingSign_RevokeCommitsFirst_SignRefused()
    {
        var (document, token) = await StoreSentWithLink();
        var senderCopy = (await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!;
        senderCopy.Revoke();
        await _documents.UpdateAsync(senderCopy, TestContext.Current.CancellationToken);

        var signed = await _counterparty.SignAsync(Submission(document.Id, token), TestContext.Current.CancellationToken);

        var stored = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, signed.Error?.Code);
        Assert.Equal(DocumentStatus.Revoked, stored!.Status);
        Assert.Empty(stored.Signatures);
    }

    private static LinkSubmission Submission(Guid documentId, string token, string signerKey = PersonKey) =>
        new(documentId, token, FileSha256, FakeSignatureLibrary.Sign(FileBytes, signerKey), "127.0.0.1");

    private async Task<(Document Document, string Token)> StoreSentWithLink(string number = "D-1")
    {
        var counterparty = Counterparty.Create(CounterpartyIdentifierKind.Iin, TestDocuments.OtherIin, "Петров Пётр").Value!;
        var file = new DocumentFile(FileSha256, "act.pdf", DetectedContentType.Pdf, FileBytes.Length);
        var document = Document.Restore(TestDocuments.Create().ToSnapshot() with
        {
            Number = number,
            Status = DocumentStatus.SignedAndSent,
            Counterparty = counterparty,
            Files = [file],
        });
        await _files.PutAsync(FileSha256, FileBytes, TestContext.Current.CancellationToken);
        await _documents.AddAsync(document, TestContext.Current.CancellationToken);
        var link = await _links.IssueAsync(document.Id, "petrov@example.kz", TimeSpan.FromDays(1), TestContext.Current.CancellationToken);
        return ((await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!, link.Value!.Token);
    }
}
