using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>Correcting an unregistered counterparty's email: the old address's link dies and the new one signs.</summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    [Fact]
    public async Task ChangeEmail_UnregisteredCounterparty_OldLinkRefusedNewSigns()
    {
        var (document, oldToken) = await SentByLinkAsync();
        var corrected = $"corrected-{Guid.NewGuid():N}@example.kz";

        var changed = await ChangeEmailAsync(document.Id, PostgreSqlFlowHarness.IndividualEmail, corrected);
        await _harness.DeliverOutboxAsync();
        var mail = await _harness.Smtp.WaitForMailAsync(
            received => received.Message.To.Mailboxes.Any(box => box.Address == corrected), PostgreSqlFlowHarness.Cancellation);
        var newToken = TokenFrom(mail.Message.TextBody ?? string.Empty, document.Id);
        var withOld = await _harness.SignByLinkAsync(document, oldToken, "individual");
        var withNew = await _harness.SignByLinkAsync(document, newToken, "individual");

        Assert.True(changed.IsSuccess, changed.Error?.ToString());
        Assert.Equal(LinkAccessErrorCodes.Superseded, withOld.Error?.Code);
        Assert.True(withNew.IsSuccess, withNew.Error?.ToString());
        var (stored, passport) = await _harness.ReadAsync(A, document.Id);
        Assert.Equal(corrected, Assert.Single(stored!.Counterparties).Party.Identifier);
        Assert.Equal(DocumentStatus.SignedByAllParties, stored.Status);
        Assert.Contains(passport, entry => entry.Type == PassportEventType.RouteChanged);
    }

    [Fact]
    public async Task ChangeEmail_RegisteredCounterparty_RefusedUnchanged()
    {
        var document = await OnSigningAsync(CompanyB());
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        var before = await _harness.ReadAsync(A, document.Id);

        var changed = await ChangeEmailAsync(document.Id, CompanyB().Identifier, "someone@example.kz");

        Assert.Equal(DocumentErrorCodes.CounterpartyNotByEmail, changed.Error?.Code);
        await AssertUnchangedAsync(document.Id, before);
    }

    private Task<Idocs.Common.Results.Result<StepOutcome>> ChangeEmailAsync(Guid documentId, string currentEmail, string newEmail) =>
        _harness.InProfileAsync<ChangeCounterpartyEmail, Idocs.Common.Results.Result<StepOutcome>>(
            A,
            service => service.ChangeAsync(
                new ChangeCounterpartyEmailCommand(documentId, PostgreSqlFlowHarness.AuthorA, currentEmail, newEmail, "127.0.0.1"),
                PostgreSqlFlowHarness.Cancellation));
}
