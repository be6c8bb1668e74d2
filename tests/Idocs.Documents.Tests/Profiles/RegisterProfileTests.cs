using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Profiles;

public class RegisterProfileTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_CompanyByFirstHead_Registers()
    {
        var bin = _harness.NextBin();
        var certificate = _harness.Pki.IssueLegalEntity(_harness.NextIin(), bin, SignerRoles.FirstHead, organisation: "ТОО \"Ромашка\"");

        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.Company);

        Assert.Equal(ProfileKind.Company, outcome.Profile.Kind);
        Assert.Equal(bin, outcome.Profile.IdentificationNumber);
        Assert.Equal("ТОО \"Ромашка\"", outcome.Profile.Name);
        Assert.Equal("director@example.kz", outcome.Profile.Email);
        Assert.Equal(ProfileRole.Director, outcome.Head.Role);
        Assert.Equal(certificate.Iin, outcome.Head.Iin);
        Assert.Equal(outcome.Person.Id, outcome.Head.PersonId);
        Assert.Equal(ProfileRights.All, outcome.Head.EffectiveRights);
    }

    [Fact]
    public async Task RunAsync_CompanyBySignatory_Registers()
    {
        var certificate = _harness.Pki.IssueLegalEntity(_harness.NextIin(), _harness.NextBin(), SignerRoles.RightToSign | SignerRoles.Employee);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Company);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal(ProfileRole.Director, outcome.Value.Head.Role);
    }

    [Fact]
    public async Task RunAsync_SoleProprietor_CreatesProfileWithOwner()
    {
        var iin = _harness.NextIin();
        var certificate = _harness.Pki.IssueIndividual(iin, surname: "Иванов", givenName: "Иван");

        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.SoleProprietor);

        Assert.Equal(ProfileKind.SoleProprietor, outcome.Profile.Kind);
        Assert.Equal(iin, outcome.Profile.IdentificationNumber);
        Assert.Equal("ИП Иванов Иван Тестович", outcome.Profile.Name);
        Assert.Equal(ProfileRole.Owner, outcome.Head.Role);
    }

    [Fact]
    public async Task RunAsync_Individual_CreatesProfileWithOwner()
    {
        var iin = _harness.NextIin();
        var certificate = _harness.Pki.IssueIndividual(iin, surname: "Иванова", givenName: "Мария");

        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        Assert.Equal(ProfileKind.Individual, outcome.Profile.Kind);
        Assert.Equal(iin, outcome.Profile.IdentificationNumber);
        Assert.Equal("Иванова Мария Тестович", outcome.Profile.Name);
        Assert.Equal(ProfileRole.Owner, outcome.Head.Role);
    }

    [Fact]
    public async Task RunAsync_CompanyWithIndividualCertificate_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Company);

        Assert.Equal(AccountsErrorCodes.LegalEntityCertificateRequired, outcome.Error?.Code);
        Assert.Equal(0, _harness.Profiles.Count);
    }

    [Fact]
    public async Task RunAsync_CompanyByOrdinaryEmployee_Rejected()
    {
        var certificate = _harness.Pki.IssueLegalEntity(_harness.NextIin(), _harness.NextBin(), SignerRoles.Employee);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Company);

        Assert.Equal(AccountsErrorCodes.CompanySignerNotAuthorized, outcome.Error?.Code);
    }

    [Theory]
    [InlineData(ProfileKind.SoleProprietor)]
    [InlineData(ProfileKind.Individual)]
    public async Task RunAsync_PersonProfileWithLegalEntityCertificate_Rejected(ProfileKind kind)
    {
        var certificate = _harness.Pki.IssueLegalEntity(_harness.NextIin(), _harness.NextBin(), SignerRoles.FirstHead);

        var outcome = await _harness.TryRegisterAsync(certificate, kind);

        Assert.Equal(AccountsErrorCodes.IndividualCertificateRequired, outcome.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_SameBinTwice_Rejected()
    {
        var bin = _harness.NextBin();
        await _harness.RegisterAsync(_harness.Pki.IssueLegalEntity(_harness.NextIin(), bin, SignerRoles.FirstHead), ProfileKind.Company);
        var secondIin = _harness.NextIin();
        var second = _harness.Pki.IssueLegalEntity(secondIin, bin, SignerRoles.RightToSign);

        var outcome = await _harness.TryRegisterAsync(second, ProfileKind.Company);

        Assert.Equal(AccountsErrorCodes.ProfileAlreadyRegistered, outcome.Error?.Code);
        Assert.Contains($"BIN {bin}", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.Contains($"invite you by your IIN {secondIin}", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(1, _harness.Profiles.Count);
    }

    [Fact]
    public async Task RunAsync_SameIinTwice_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        await _harness.RegisterAsync(certificate, ProfileKind.SoleProprietor);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Individual);

        Assert.Equal(AccountsErrorCodes.ProfileAlreadyRegistered, outcome.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_Registered_PublishesTrialStartEvent()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());

        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        var registered = Assert.IsType<ProfileRegistered>(Assert.Single(_harness.Outbox.Events));
        Assert.Equal(outcome.Profile.Id, registered.ProfileId);
        Assert.Equal(_harness.Clock.GetUtcNow(), registered.OccurredAt);
    }

    [Fact]
    public async Task RunAsync_Registered_WritesAuditEvent()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());

        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        var auditEvent = Assert.Single(_harness.AuditLog.All);
        Assert.Equal(AuditEventType.ProfileRegistered, auditEvent.Type);
        Assert.Equal(outcome.Profile.Id, auditEvent.ProfileId);
        Assert.Equal(certificate.Iin, auditEvent.Actor.Iin);
        Assert.Equal("127.0.0.1", auditEvent.Actor.IpAddress);
        Assert.Equal(certificate.Signer.SerialNumber, Assert.IsType<ProfileAuditPayload>(auditEvent.Payload).CertificateSerialNumber);
    }

    [Fact]
    public async Task RunAsync_Registered_LogsInWithProfileSelected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var outcome = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        var principal = await _harness.SessionValidator.ValidateAsync(outcome.Session.Token, CancellationToken.None);

        Assert.True(principal.IsSuccess, principal.Error?.ToString());
        Assert.Equal(outcome.Profile.Id, principal.Value.ProfileId);
        Assert.Equal(ProfileRole.Owner, principal.Value.Role);
    }

    [Fact]
    public async Task RunAsync_NoEmailAnywhere_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin(), email: null);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Individual);

        Assert.Equal(AccountsErrorCodes.EmailMissing, outcome.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_UserEmail_Used()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin(), email: null);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Individual, email: "me@example.kz");

        Assert.Equal("me@example.kz", outcome.Value?.Profile.Email);
    }

    [Fact]
    public async Task RunAsync_InvalidEmail_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Individual, email: "not an email");

        Assert.Equal(AccountsErrorCodes.InvalidEmail, outcome.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_CertificateWithoutBin_Rejected()
    {
        var certificate = _harness.Pki.Issue(_harness.NextIin(), null, "Серикова", "Айгерим", "ТОО", "a@example.kz", CertificateKeyUsage.Authentication, CertificateSubjectKind.LegalEntity, SignerRoles.FirstHead);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Company);

        Assert.Equal(AccountsErrorCodes.CertificateIdentifierMissing, outcome.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_RevokedCertificate_StoresNothing()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        _harness.Pki.Revoke(certificate);

        var outcome = await _harness.TryRegisterAsync(certificate, ProfileKind.Individual);

        Assert.Equal(AccountsErrorCodes.CertificateRevoked, outcome.Error?.Code);
        Assert.Equal(0, _harness.Profiles.Count);
        Assert.Empty(_harness.Outbox.Events);
    }
}
