using Idocs.Documents.Annulment;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>Annulment by agreement: one side proposes, the other confirms, and both sides' documents end annulled.</summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    [Fact]
    public async Task Annul_ProposedBySenderConfirmedByReceiver_BothSidesAnnulled()
    {
        var (document, copyId) = await SignedByCompanyBAsync();

        var proposed = await AnnulAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, confirm: false);
        var copyAfterProposal = (await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId)).Document!;
        var selfConfirmed = await AnnulAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, confirm: true);
        var confirmed = await AnnulAsync(PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copyId, confirm: true);

        Assert.True(proposed.IsSuccess, proposed.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, proposed.Value!.Status);
        Assert.True(proposed.Value.AwaitsOtherSide);
        Assert.Equal(SigningParty.Counterparty, copyAfterProposal.AnnulmentProposedBy);
        Assert.Equal(DocumentErrorCodes.AnnulmentNeedsOtherParty, selfConfirmed.Error?.Code);
        Assert.True(confirmed.IsSuccess, confirmed.Error?.ToString());
        var (sent, sentEvents) = await _harness.ReadAsync(A, document.Id);
        var (copy, copyEvents) = await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId);
        Assert.Equal(DocumentStatus.Annulled, sent!.Status);
        Assert.Equal(DocumentStatus.Annulled, copy!.Status);
        Assert.Equal([PassportEventType.AnnulmentProposed, PassportEventType.Annulled], sentEvents.TakeLast(2).Select(passportEvent => passportEvent.Type));
        Assert.Equal([PassportEventType.AnnulmentProposed, PassportEventType.Annulled], copyEvents.TakeLast(2).Select(passportEvent => passportEvent.Type));
        Assert.True(PassportVerifier.Verify(document.Id, sentEvents).IsIntact);
        Assert.True(PassportVerifier.Verify(copyId, copyEvents).IsIntact);
    }

    [Fact]
    public async Task Annul_DocumentNotSignedByAll_RefusedUnchanged()
    {
        var document = await OnSigningAsync(CompanyB());
        var before = await _harness.ReadAsync(A, document.Id);

        var proposed = await AnnulAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, confirm: false);

        Assert.Equal(DocumentErrorCodes.IllegalStatusTransition, proposed.Error?.Code);
        await AssertUnchangedAsync(document.Id, before);
    }

    private async Task<(Document Document, Guid CopyId)> SignedByCompanyBAsync()
    {
        var document = await OnSigningAsync(CompanyB());
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        var copyId = await IncomingCopyIdAsync(document.Id);
        var copy = (await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId)).Document!;
        var copyRoute = await _harness.StartAsync(
            PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copyId, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorB])]);
        Assert.True(copyRoute.IsSuccess, copyRoute.Error?.ToString());
        var copySigned = await _harness.SignAsync(PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copy, "director-b", await _harness.FileAsync(document));
        Assert.True(copySigned.IsSuccess, copySigned.Error?.ToString());
        return (document, copyId);
    }

    private Task<Idocs.Common.Results.Result<AnnulmentOutcome>> AnnulAsync(Guid profileId, Guid employeeId, Guid documentId, bool confirm) =>
        _harness.InProfileAsync<AnnulByAgreement, Idocs.Common.Results.Result<AnnulmentOutcome>>(
            profileId,
            service => confirm
                ? service.ConfirmAsync(new DocumentActionCommand(documentId, employeeId, "127.0.0.1"), PostgreSqlFlowHarness.Cancellation)
                : service.ProposeAsync(new DocumentActionCommand(documentId, employeeId, "127.0.0.1"), PostgreSqlFlowHarness.Cancellation));
}
