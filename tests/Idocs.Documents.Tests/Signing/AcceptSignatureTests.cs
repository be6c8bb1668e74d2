using System.Security.Cryptography;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tests.Fakes;
using Idocs.Documents.Uploads;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Documents.Tests.Signing;

public class AcceptSignatureTests
{
    private const string DirectorKey = "director-gost";
    private static readonly Guid DirectorId = Guid.Parse("0190f000-0000-7000-8000-00000000e001");
    private static readonly byte[] FileBytes = "%PDF-1.7 договор поставки %%EOF"u8.ToArray();
    private static readonly string FileSha256 = Convert.ToHexStringLower(SHA256.HashData(FileBytes));

    private readonly InMemoryDocumentStore _documents = new();
    private readonly InMemoryFileStore _files = new();
    private readonly InMemoryPassportStore _passport = new();
    private readonly FakeAccounts _accounts = new();
    private readonly FakeSignatureLibrary _library = new();
    private readonly AcceptSignature _acceptSignature;

    public AcceptSignatureTests()
    {
        _acceptSignature = new AcceptSignature(
            _documents, _files, _passport, _accounts, _accounts, _library, TimeProvider.System, NullLogger<AcceptSignature>.Instance);
        _accounts.Add(Director());
        _library.Register(DirectorKey, CompanyCertificate());
    }

    [Fact]
    public async Task AcceptAsync_DirectorWithCompanyCertificate_RecordsSignatureAndPassportEvent()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);

        var result = await Sign(document.Id, DirectorKey);

        var stored = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        var events = await _passport.ListAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Single(stored!.Signatures);
        Assert.Equal(PassportEventType.SignatureAccepted, Assert.Single(events).Type);
        Assert.Equal("7A01", events[0].CertificateSerial);
        Assert.NotNull(await _files.GetAsync(result.Value!.SignatureSha256, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AcceptAsync_CertificateOfAnotherPerson_RefusedWithIinMismatch()
    {
        _library.Register("other", CompanyCertificate() with { Iin = TestDocuments.OtherIin });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "other", SigningErrorCodes.IinMismatch);
    }

    [Fact]
    public async Task AcceptAsync_CertificateOfAnotherCompany_RefusedWithBinMismatch()
    {
        _library.Register("other-company", CompanyCertificate() with { Bin = TestDocuments.CounterpartyBin });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "other-company", SigningErrorCodes.BinMismatch);
    }

    [Fact]
    public async Task AcceptAsync_EmployeeCertificateWithoutSigningRole_RefusedWithRoleNotAllowed()
    {
        _library.Register("employee", CompanyCertificate() with { Role = CertificateRole.None });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "employee", SigningErrorCodes.RoleNotAllowed);
    }

    [Fact]
    public async Task AcceptAsync_EmployeeWithoutSignOutgoingRight_RefusedWithRightMissing()
    {
        _accounts.Add(Director() with { Rights = new HashSet<SigningRight> { SigningRight.SignIncoming } });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, DirectorKey, SigningErrorCodes.RightMissing);
    }

    [Fact]
    public async Task AcceptAsync_IncomingWithoutSignIncomingRight_RefusedWithRightMissing()
    {
        _accounts.Add(Director() with { Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing } });

        await AssertRefusedUnchanged(DocumentKind.ExternalIncoming, DirectorKey, SigningErrorCodes.RightMissing);
    }

    [Fact]
    public async Task AcceptAsync_AuthenticationCertificate_Refused()
    {
        _library.Register("auth", CompanyCertificate() with { KeyUsage = CertificateKeyUsage.Authentication });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "auth", SigningErrorCodes.AuthenticationCertificate);
    }

    [Fact]
    public async Task AcceptAsync_RevokedCertificate_Refused()
    {
        _library.Register("revoked", CompanyCertificate() with { Revocation = RevocationStatus.Revoked });

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "revoked", SigningErrorCodes.CertificateRevoked);
    }

    [Fact]
    public async Task AcceptAsync_RevocationUnknown_RefusedAsIndeterminate()
    {
        _library.MakeIndeterminate(DirectorKey);

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, DirectorKey, SigningErrorCodes.VerificationIndeterminate);
    }

    [Fact]
    public async Task AcceptAsync_SignatureOverOtherBytes_RefusedWithVerificationFailed()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);
        var before = await Fingerprint(document.Id);
        var cms = FakeSignatureLibrary.Sign("%PDF-1.7 другая сумма %%EOF"u8, DirectorKey);

        var result = await _acceptSignature.AcceptAsync(
            new SignatureSubmission(document.Id, DirectorId, FileSha256, cms, "127.0.0.1"), TestContext.Current.CancellationToken);

        Assert.Equal(SigningErrorCodes.VerificationFailed, result.Error?.Code);
        await AssertUnchanged(document.Id, before);
    }

    [Fact]
    public async Task AcceptAsync_StoredFileTampered_RefusedWithStoredFileMismatch()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);
        var before = await Fingerprint(document.Id);
        var tampered = "%PDF-1.7 договор поставки, сумма x10 %%EOF"u8.ToArray();
        _files.Tamper(FileSha256, tampered);

        var result = await _acceptSignature.AcceptAsync(
            new SignatureSubmission(document.Id, DirectorId, FileSha256, FakeSignatureLibrary.Sign(tampered, DirectorKey), null),
            TestContext.Current.CancellationToken);

        Assert.Equal(SigningErrorCodes.StoredFileMismatch, result.Error?.Code);
        await AssertUnchanged(document.Id, before);
    }

    [Fact]
    public async Task AcceptAsync_SignerOutOfTurn_Refused()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing, giveTurn: false);
        var before = await Fingerprint(document.Id);

        var result = await Sign(document.Id, DirectorKey);

        Assert.Equal(SigningErrorCodes.OutOfTurn, result.Error?.Code);
        await AssertUnchanged(document.Id, before);
    }

    [Fact]
    public async Task AcceptAsync_IndividualCertificateOnCompanyDocument_Refused()
    {
        _library.Register("personal", IndividualCertificate());

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, "personal", SigningErrorCodes.CompanyCertificateRequired);
    }

    [Fact]
    public async Task AcceptAsync_SoleProprietorWithLegalEntityCertificate_Refused()
    {
        _accounts.Add(SoleProprietor());

        await AssertRefusedUnchanged(DocumentKind.ExternalOutgoing, DirectorKey, SigningErrorCodes.IndividualCertificateRequired);
    }

    [Fact]
    public async Task AcceptAsync_SoleProprietorWithIndividualCertificate_Accepted()
    {
        _accounts.Add(SoleProprietor());
        _library.Register("personal", IndividualCertificate());
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);

        var result = await Sign(document.Id, "personal");

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task AcceptAsync_InternalDocumentWithIndividualCertificate_Accepted()
    {
        _library.Register("personal", IndividualCertificate());
        var document = await StoreDocumentOnSigning(DocumentKind.Internal);

        var result = await Sign(document.Id, "personal");

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task AcceptAsync_InternalDocumentWithoutInternalRight_Refused()
    {
        _accounts.Add(Director() with { Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing } });

        await AssertRefusedUnchanged(DocumentKind.Internal, DirectorKey, SigningErrorCodes.RightMissing);
    }

    [Fact]
    public async Task AcceptAsync_DocumentInDraft_Refused()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing, status: DocumentStatus.Draft);
        var before = await Fingerprint(document.Id);

        var result = await Sign(document.Id, DirectorKey);

        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, result.Error?.Code);
        await AssertUnchanged(document.Id, before);
    }

    [Fact]
    public async Task AcceptAsync_SameSignatureTwiceAtOnce_RecordsOne()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);

        var results = await Task.WhenAll(
            Task.Run(() => Sign(document.Id, DirectorKey)),
            Task.Run(() => Sign(document.Id, DirectorKey)));

        var stored = await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.Equal(1, results.Count(result => result.IsSuccess));
        Assert.Single(stored!.Signatures);
        Assert.Single(await _passport.ListAsync(document.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AcceptAsync_SameSignerAgain_RefusedAsAlreadySigned()
    {
        var document = await StoreDocumentOnSigning(DocumentKind.ExternalOutgoing);
        await Sign(document.Id, DirectorKey);

        var second = await Sign(document.Id, DirectorKey);

        Assert.Equal(DocumentErrorCodes.AlreadySigned, second.Error?.Code);
    }

    private async Task AssertRefusedUnchanged(DocumentKind kind, string signerKey, string expectedCode)
    {
        var document = await StoreDocumentOnSigning(kind);
        var before = await Fingerprint(document.Id);

        var result = await Sign(document.Id, signerKey);

        Assert.Equal(expectedCode, result.Error?.Code);
        await AssertUnchanged(document.Id, before);
    }

    private async Task AssertUnchanged(Guid documentId, string before)
    {
        Assert.Equal(before, await Fingerprint(documentId));
        Assert.Empty(await _passport.ListAsync(documentId, TestContext.Current.CancellationToken));
        Assert.Equal(1, _files.Count);
    }

    private async Task<string> Fingerprint(Guid documentId) =>
        TestDocuments.Fingerprint((await _documents.FindAsync(documentId, TestContext.Current.CancellationToken))!);

    private Task<Idocs.Common.Results.Result<RecordedSignature>> Sign(Guid documentId, string signerKey) =>
        _acceptSignature.AcceptAsync(
            new SignatureSubmission(documentId, DirectorId, FileSha256, FakeSignatureLibrary.Sign(FileBytes, signerKey), "127.0.0.1"),
            TestContext.Current.CancellationToken);

    private async Task<Document> StoreDocumentOnSigning(DocumentKind kind, bool giveTurn = true, DocumentStatus status = DocumentStatus.OnSigning)
    {
        var file = new DocumentFile(FileSha256, "contract.pdf", DetectedContentType.Pdf, FileBytes.Length);
        var created = TestDocuments.Create(kind);
        var document = Document.Restore(created.ToSnapshot() with { Status = status, Files = [file] });
        await _files.PutAsync(FileSha256, FileBytes, TestContext.Current.CancellationToken);
        await _documents.AddAsync(document, TestContext.Current.CancellationToken);
        if (giveTurn)
        {
            _accounts.GiveTurn(document.Id, DirectorId);
        }

        return (await _documents.FindAsync(document.Id, TestContext.Current.CancellationToken))!;
    }

    private static EmployeeSigningFacts Director() => new()
    {
        EmployeeId = DirectorId,
        ProfileId = TestDocuments.OwnerId,
        ProfileKind = SignerProfileKind.Company,
        ProfileIdentifier = TestDocuments.CompanyBin,
        Iin = TestDocuments.DirectorIin,
        FullName = "Сериков Серик",
        Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing, SigningRight.SignIncoming, SigningRight.InternalDocuments },
    };

    private static EmployeeSigningFacts SoleProprietor() => Director() with
    {
        ProfileKind = SignerProfileKind.SoleProprietor,
        ProfileIdentifier = TestDocuments.DirectorIin,
        Rights = new HashSet<SigningRight>(),
    };

    private static SignerFacts CompanyCertificate() => new()
    {
        SerialNumber = "7A01",
        Iin = TestDocuments.DirectorIin,
        Bin = TestDocuments.CompanyBin,
        SubjectKind = CertificateSubjectKind.LegalEntity,
        Role = CertificateRole.FirstHead,
        KeyUsage = CertificateKeyUsage.Signing,
        Revocation = RevocationStatus.Good,
    };

    private static SignerFacts IndividualCertificate() => new()
    {
        SerialNumber = "7A02",
        Iin = TestDocuments.DirectorIin,
        SubjectKind = CertificateSubjectKind.Individual,
        KeyUsage = CertificateKeyUsage.Signing,
        Revocation = RevocationStatus.Good,
    };
}
