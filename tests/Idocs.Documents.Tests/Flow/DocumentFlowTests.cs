using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Flow;

public sealed class DocumentFlowTests : IAsyncDisposable
{
    private readonly FlowHarness _harness = new();

    [Fact]
    public async Task Flow_RegisteredCounterparty_EndsSignedByAllParties()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());

        var started = await _harness.StartAsync(document.Id, FlowHarness.ApproveThenSign());
        var approved = await _harness.ApproveAsync(document.Id, FlowHarness.ApproverA);
        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);
        var copy = await _harness.IncomingCopyOfAsync(document.Id);
        var copyRoute = await _harness.StartAsync(copy.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorB])], FlowHarness.DirectorB);
        var copySigned = await _harness.SignAsync(copy.Id, FlowHarness.DirectorB, FlowHarness.DirectorBKey);

        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.Equal(DocumentStatus.OnApproval, started.Value!.Status);
        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        Assert.Equal(DocumentStatus.OnSigning, approved.Value!.Status);
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
        Assert.Equal(FlowHarness.CompanyB, copy.OwnerProfileId);
        Assert.Equal(DocumentKind.ExternalIncoming, copy.Kind);
        Assert.True(copyRoute.IsSuccess, copyRoute.Error?.ToString());
        Assert.Equal(DocumentStatus.OnSigning, copyRoute.Value!.Status);
        Assert.True(copySigned.IsSuccess, copySigned.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, copySigned.Value!.Status);
        var sent = (await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!;
        Assert.Equal(DocumentStatus.SignedByAllParties, sent.Status);
        Assert.True(sent.HasReceiverSignature);
        var events = await _harness.Passport.ListAsync(document.Id, FlowHarness.Cancellation);
        Assert.Equal(
            [
                PassportEventType.Created, PassportEventType.RouteChanged, PassportEventType.Approved, PassportEventType.SignatureAccepted,
                PassportEventType.Sent, PassportEventType.Delivered, PassportEventType.SignatureAccepted,
            ],
            events.Select(passportEvent => passportEvent.Type));
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
        Assert.True(PassportVerifier.Verify(copy.Id, await _harness.Passport.ListAsync(copy.Id, FlowHarness.Cancellation)).IsIntact);
    }

    [Fact]
    public async Task Flow_UnregisteredIndividual_SignsByLink()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.IndividualCounterparty());
        await _harness.StartAsync(document.Id, FlowHarness.ApproveThenSign());
        await _harness.ApproveAsync(document.Id, FlowHarness.ApproverA);
        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);
        var invitation = _harness.Outbox.Mails.Single(mail => mail.Template == DocumentMailTemplate.LinkInvitation);
        var token = invitation.Values[DocumentMailValues.LinkToken];

        var viewed = await _harness.Get<CounterpartyLinkActions>().ViewAsync(document.Id, token, FlowHarness.Cancellation);
        var bySignature = await _harness.SignByLinkAsync(document.Id, token, FlowHarness.IndividualKey);
        var again = await _harness.SignByLinkAsync(document.Id, token, FlowHarness.IndividualKey);

        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedAndSent, signed.Value!.Status);
        Assert.Equal(FlowHarness.IndividualEmail, invitation.RecipientEmail);
        Assert.Equal("ТОО Альфа", invitation.Values[DocumentMailValues.SenderName]);
        Assert.Equal(document.Title, invitation.Values[DocumentMailValues.Title]);
        Assert.True(viewed.IsSuccess, viewed.Error?.ToString());
        Assert.True(bySignature.IsSuccess, bySignature.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, bySignature.Value!.Status);
        Assert.Equal(LinkAccessErrorCodes.Used, again.Error?.Code);
        var events = await _harness.Passport.ListAsync(document.Id, FlowHarness.Cancellation);
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
        Assert.Equal(PassportEventType.SignatureAccepted, events[^1].Type);
        Assert.Equal("7C01", events[^1].CertificateSerial);
    }

    [Fact]
    public async Task Sign_CertificateOfAnotherPerson_LeavesDocumentUnchanged()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);
        _harness.Library.Register("stranger", FlowHarness.CompanyCertificate("7D01", TestDocuments.OtherIin, TestDocuments.CompanyBin));
        var before = TestDocuments.Fingerprint((await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!);
        var eventsBefore = (await _harness.Passport.ListAsync(document.Id, FlowHarness.Cancellation)).Count;

        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, "stranger");

        Assert.Equal(SigningErrorCodes.IinMismatch, signed.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint((await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!));
        Assert.Equal(eventsBefore, (await _harness.Passport.ListAsync(document.Id, FlowHarness.Cancellation)).Count);
    }

    [Fact]
    public async Task Sign_BeforeApprovalIsDone_RefusedOutOfTurn()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, FlowHarness.ApproveThenSign());

        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);

        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, signed.Error?.Code);
        Assert.Equal(DocumentStatus.OnApproval, (await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!.Status);
    }

    [Fact]
    public async Task Sign_EmployeeNotOnRoute_RefusedOutOfTurn()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.ApproverA])]);

        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);

        Assert.Equal(SigningErrorCodes.OutOfTurn, signed.Error?.Code);
    }

    [Fact]
    public async Task Sign_RepeatedWithSameKey_RecordsOneSignature()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);

        var first = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey, "sign-once");
        var second = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey, "sign-once");

        Assert.True(first.IsSuccess, first.Error?.ToString());
        Assert.True(second.IsSuccess, second.Error?.ToString());
        Assert.True(second.Value!.Replayed);
        Assert.Single((await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!.Signatures);
    }

    [Fact]
    public async Task Reject_AtApproval_ReturnsDocumentToAuthor()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, FlowHarness.ApproveThenSign());

        var rejected = await _harness.Get<RejectDocument>().RejectAsync(
            new StepCommand(document.Id, FlowHarness.ApproverA, "reject-1", null, "Сумма не совпадает со счётом"), FlowHarness.Cancellation);
        var restarted = await _harness.StartAsync(document.Id, FlowHarness.ApproveThenSign());

        Assert.True(rejected.IsSuccess, rejected.Error?.ToString());
        Assert.Equal(DocumentStatus.Rejected, rejected.Value!.Status);
        Assert.Contains(_harness.Outbox.Mails, mail => mail.Template == DocumentMailTemplate.StatusChanged && mail.Values[DocumentMailValues.Status] == nameof(DocumentStatus.Rejected));
        Assert.True(restarted.IsSuccess, restarted.Error?.ToString());
        Assert.Equal(DocumentStatus.OnApproval, restarted.Value!.Status);
    }

    [Fact]
    public async Task Reject_ByIncomingReceiver_RejectsSentDocument()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);
        await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);
        var copy = await _harness.IncomingCopyOfAsync(document.Id);
        await _harness.StartAsync(copy.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorB])], FlowHarness.DirectorB);

        var rejected = await _harness.Get<RejectDocument>().RejectAsync(
            new StepCommand(copy.Id, FlowHarness.DirectorB, "reject-copy", null, "Не наш договор"), FlowHarness.Cancellation);

        Assert.True(rejected.IsSuccess, rejected.Error?.ToString());
        var sent = (await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!;
        Assert.Equal(DocumentStatus.Rejected, sent.Status);
        Assert.Equal("Не наш договор", sent.RejectionReason);
    }

    [Fact]
    public async Task Revoke_BeforeLinkSignature_LinkSignatureRefused()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.IndividualCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);
        await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);
        var token = _harness.LastLinkToken(document.Id);

        var revoked = await _harness.Get<RevokeDocument>().RevokeAsync(new DocumentActionCommand(document.Id, FlowHarness.AuthorA, null), FlowHarness.Cancellation);
        var signed = await _harness.SignByLinkAsync(document.Id, token, FlowHarness.IndividualKey);

        Assert.True(revoked.IsSuccess, revoked.Error?.ToString());
        Assert.Equal(LinkAccessErrorCodes.Superseded, signed.Error?.Code);
        Assert.Equal(DocumentStatus.Revoked, (await _harness.Documents.FindAsync(document.Id, FlowHarness.Cancellation))!.Status);
    }

    [Fact]
    public async Task Reminder_UnregisteredCounterparty_ReplacesLink()
    {
        var document = await _harness.CreateOutgoingAsync(FlowHarness.IndividualCounterparty());
        await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);
        await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);
        var first = _harness.LastLinkToken(document.Id);

        var reminded = await _harness.Get<SendReminder>().SendAsync(new DocumentActionCommand(document.Id, FlowHarness.AuthorA, null), FlowHarness.Cancellation);
        var second = _harness.LastLinkToken(document.Id);
        var withOld = await _harness.SignByLinkAsync(document.Id, first, FlowHarness.IndividualKey);
        var withNew = await _harness.SignByLinkAsync(document.Id, second, FlowHarness.IndividualKey);

        Assert.True(reminded.IsSuccess, reminded.Error?.ToString());
        Assert.NotEqual(first, second);
        Assert.Equal(LinkAccessErrorCodes.Superseded, withOld.Error?.Code);
        Assert.True(withNew.IsSuccess, withNew.Error?.ToString());
    }

    [Fact]
    public async Task StartRoute_ShippedTwoStageTemplate_WaitsForBothApprovers()
    {
        await _harness.LoadShippedRoutesAsync();
        var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());

        var started = await _harness.Get<StartRoute>().StartAsync(
            new StartRouteCommand(document.Id, FlowHarness.AuthorA, null, "outgoing-two-stage", null), FlowHarness.Cancellation);
        var first = await _harness.ApproveAsync(document.Id, FlowHarness.ApproverA);
        var second = await _harness.ApproveAsync(document.Id, FlowHarness.SecondApproverA);
        var signed = await _harness.SignAsync(document.Id, FlowHarness.DirectorA, FlowHarness.DirectorAKey);

        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.Equal(DocumentStatus.OnApproval, first.Value!.Status);
        Assert.Equal(DocumentStatus.OnSigning, second.Value!.Status);
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
    }

    [Fact]
    public async Task MassSign_OverPlanLimit_SignsNothing()
    {
        var documents = new List<Document>();
        for (var index = 0; index < 31; index++)
        {
            var document = await _harness.CreateOutgoingAsync(FlowHarness.CompanyBCounterparty());
            await _harness.StartAsync(document.Id, [new RouteStage(RouteStepKind.Sign, [FlowHarness.DirectorA])]);
            documents.Add(document);
        }

        var items = await ItemsAsync(documents);

        var over = await _harness.Get<MassActions>().SignAsync(FlowHarness.DirectorA, items, "mass-31", null, FlowHarness.Cancellation);
        var within = await _harness.Get<MassActions>().SignAsync(FlowHarness.DirectorA, items.Take(30).ToList(), "mass-30", null, FlowHarness.Cancellation);

        Assert.Equal(MassActionErrorCodes.OverPlanLimit, over.Error?.Code);
        Assert.True(within.IsSuccess, within.Error?.ToString());
        Assert.All(within.Value!, result => Assert.True(result.Succeeded, result.Refusal?.ToString()));
        var last = (await _harness.Documents.FindAsync(documents[30].Id, FlowHarness.Cancellation))!;
        Assert.Empty(last.Signatures);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private async Task<List<MassSignItem>> ItemsAsync(IEnumerable<Document> documents)
    {
        var items = new List<MassSignItem>();
        foreach (var document in documents)
        {
            var file = document.Files[0];
            var bytes = (await _harness.Files.GetAsync(file.Sha256, FlowHarness.Cancellation))!;
            items.Add(new MassSignItem(document.Id, file.Sha256, Fakes.FakeSignatureLibrary.Sign(bytes, FlowHarness.DirectorAKey)));
        }

        return items;
    }
}
