using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tests.Fakes;

namespace Idocs.Documents.Tests.Signing;

public class MassActionPrecheckTests
{
    private const int StandardLimit = 30;
    private static readonly Guid EmployeeId = Guid.Parse("0190f000-0000-7000-8000-00000000e101");

    private readonly FakeAccounts _accounts = new();
    private readonly MassActionPrecheck _precheck;

    public MassActionPrecheckTests()
    {
        _precheck = new MassActionPrecheck(_accounts);
    }

    [Fact]
    public async Task CheckAsync_ThirtyOnStandard_AllReady()
    {
        var documents = OnSigning(30);

        var result = await Check(MassAction.Sign, documents, StandardLimit);

        Assert.Equal(30, result.Value!.Count(item => item.IsReady));
    }

    [Fact]
    public async Task CheckAsync_ThirtyOneOnStandard_RefusedBeforeAnyCheck()
    {
        var documents = OnSigning(31);

        var result = await Check(MassAction.Sign, documents, StandardLimit);

        Assert.Equal(MassActionErrorCodes.OverPlanLimit, result.Error?.Code);
        Assert.Contains("31", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ThousandWithoutLimit_AllReady()
    {
        var documents = OnSigning(1000);

        var result = await Check(MassAction.Sign, documents, planLimit: null);

        Assert.Equal(1000, result.Value!.Count(item => item.IsReady));
    }

    [Fact]
    public async Task CheckAsync_MixedSelection_GivesResultPerDocument()
    {
        var documents = OnSigning(3);
        var notOnSigning = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.Draft);
        var notInTurn = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.OnSigning);
        var selection = documents.Append(notOnSigning).Append(notInTurn).ToList();

        var result = await Check(MassAction.Sign, selection, StandardLimit);

        Assert.Equal(5, result.Value!.Count);
        Assert.Equal(3, result.Value.Count(item => item.IsReady));
        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, result.Value[3].Refusal?.Code);
        Assert.Equal(SigningErrorCodes.OutOfTurn, result.Value[4].Refusal?.Code);
    }

    [Fact]
    public async Task CheckAsync_EmployeeWithoutSignRight_RefusesEachDocument()
    {
        var documents = OnSigning(2);
        var employee = Employee() with { Rights = new HashSet<SigningRight>() };

        var result = await _precheck.CheckAsync(MassAction.Sign, documents, employee, Certificate(), StandardLimit, TestContext.Current.CancellationToken);

        Assert.All(result.Value!, item => Assert.Equal(SigningErrorCodes.RightMissing, item.Refusal?.Code));
    }

    [Fact]
    public async Task CheckAsync_AuthenticationCertificate_RefusesEachDocument()
    {
        var documents = OnSigning(2);
        var certificate = Certificate() with { KeyUsage = CertificateKeyUsage.Authentication };

        var result = await _precheck.CheckAsync(MassAction.Sign, documents, Employee(), certificate, StandardLimit, TestContext.Current.CancellationToken);

        Assert.All(result.Value!, item => Assert.Equal(SigningErrorCodes.AuthenticationCertificate, item.Refusal?.Code));
    }

    [Fact]
    public async Task CheckAsync_ApproveOnApproval_Ready()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.OnApproval);
        _accounts.GiveTurn(document.Id, EmployeeId, RouteStepKind.Approve);

        var result = await _precheck.CheckAsync(MassAction.Approve, [document], Employee(), null, StandardLimit, TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(result.Value!).IsReady);
    }

    private Task<Idocs.Common.Results.Result<IReadOnlyList<MassActionItem>>> Check(MassAction action, IReadOnlyList<Document> documents, int? planLimit) =>
        _precheck.CheckAsync(action, documents, Employee(), Certificate(), planLimit, TestContext.Current.CancellationToken);

    private List<Document> OnSigning(int count)
    {
        var documents = new List<Document>(count);
        for (var i = 0; i < count; i++)
        {
            var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.OnSigning);
            _accounts.GiveTurn(document.Id, EmployeeId);
            documents.Add(document);
        }

        return documents;
    }

    private static EmployeeSigningFacts Employee() => new()
    {
        EmployeeId = EmployeeId,
        ProfileId = TestDocuments.OwnerId,
        ProfileKind = SignerProfileKind.Company,
        ProfileIdentifier = TestDocuments.CompanyBin,
        Iin = TestDocuments.DirectorIin,
        FullName = "Сериков Серик",
        Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing },
    };

    private static SignerFacts Certificate() => new()
    {
        SerialNumber = "7A01",
        Iin = TestDocuments.DirectorIin,
        Bin = TestDocuments.CompanyBin,
        SubjectKind = CertificateSubjectKind.LegalEntity,
        Role = CertificateRole.SignRight,
        KeyUsage = CertificateKeyUsage.Signing,
        Revocation = RevocationStatus.Good,
    };
}
