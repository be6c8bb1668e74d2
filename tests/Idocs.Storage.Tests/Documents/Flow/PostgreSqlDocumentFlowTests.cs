using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Signatures.TestPki;
using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>The document flow on PostgreSQL with test PKI certificates, OCSP on loopback and mail through SMTP.</summary>
public sealed partial class PostgreSqlDocumentFlowTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime
{
    // Starting the test PKI and the services takes over a minute, so the tests of this class share one harness.
    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static (PostgreSqlDatabaseFixture Database, PostgreSqlFlowHarness Harness)? _shared;

    private PostgreSqlFlowHarness _harness = null!;

    private static Guid A => PostgreSqlFlowHarness.CompanyA;

    public async ValueTask InitializeAsync()
    {
        database.SkipIfUnavailable();
        await SharedGate.WaitAsync(PostgreSqlFlowHarness.Cancellation);
        try
        {
            if (_shared?.Database != database)
            {
                _shared = (database, await PostgreSqlFlowHarness.StartAsync(database));
            }

            _harness = _shared.Value.Harness;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Flow_RegisteredCompanyB_EndsSignedByAllParties()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, CompanyB());

        var started = await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, ApproveThenSign());
        var approved = await _harness.ApproveAsync(A, PostgreSqlFlowHarness.ApproverA, document.Id);
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        var copyId = await IncomingCopyIdAsync(document.Id);
        var copy = (await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId)).Document!;
        var copyRoute = await _harness.StartAsync(
            PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copyId, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorB])]);
        var copySigned = await _harness.SignAsync(PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copy, "director-b", await _harness.FileAsync(document));

        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
        Assert.Equal(DocumentKind.ExternalIncoming, copy.Kind);
        Assert.True(copyRoute.IsSuccess, copyRoute.Error?.ToString());
        Assert.True(copySigned.IsSuccess, copySigned.Error?.ToString());
        var (sent, events) = await _harness.ReadAsync(A, document.Id);
        Assert.Equal(DocumentStatus.SignedByAllParties, sent!.Status);
        Assert.Equal(2, sent.Signatures.Count);
        Assert.Equal(
            [
                PassportEventType.Created, PassportEventType.RouteChanged, PassportEventType.Approved, PassportEventType.SignatureAccepted,
                PassportEventType.Sent, PassportEventType.Delivered, PassportEventType.SignatureAccepted,
            ],
            events.Select(passportEvent => passportEvent.Type));
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
        var copyEvents = (await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId)).Passport;
        Assert.True(PassportVerifier.Verify(copyId, copyEvents).IsIntact);
    }

    [Fact]
    public async Task Flow_CompanyAndIndividual_EndsSignedByAllParties()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, [CompanyB(), Individual()]);

        var started = await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, ApproveThenSign());
        var approved = await _harness.ApproveAsync(A, PostgreSqlFlowHarness.ApproverA, document.Id);
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        var copyId = await IncomingCopyIdAsync(document.Id);
        var copy = (await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId)).Document!;
        var copyRoute = await _harness.StartAsync(
            PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copyId, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorB])]);
        var copySigned = await _harness.SignAsync(PostgreSqlFlowHarness.CompanyB, PostgreSqlFlowHarness.DirectorB, copy, "director-b", await _harness.FileAsync(document));
        var afterCompanyB = (await _harness.ReadAsync(A, document.Id)).Document!;
        await _harness.DeliverOutboxAsync();
        var mail = await _harness.Smtp.WaitForMailAsync(
            received => received.EnvelopeTo.Contains(PostgreSqlFlowHarness.IndividualEmail)
                && (received.Message.TextBody ?? string.Empty).Contains(document.Id.ToString("D"), StringComparison.Ordinal),
            PostgreSqlFlowHarness.Cancellation);
        var token = TokenFrom(mail.Message.TextBody ?? string.Empty, document.Id);
        var viewed = await _harness.ViewByLinkAsync(document, token);
        var bySignature = await _harness.SignByLinkAsync(document, token, "individual");

        Assert.True(started.IsSuccess, started.Error?.ToString());
        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
        Assert.True(copyRoute.IsSuccess, copyRoute.Error?.ToString());
        Assert.True(copySigned.IsSuccess, copySigned.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, afterCompanyB.Status);
        Assert.Equal(
            [CounterpartyProgress.Signed, CounterpartyProgress.Sent],
            afterCompanyB.Counterparties.Select(party => party.Progress));
        Assert.Contains("ТОО Альфа", mail.Message.Subject, StringComparison.Ordinal);
        Assert.True(viewed.IsSuccess, viewed.Error?.ToString());
        Assert.Equal(DocumentStatus.ViewedByCounterparty, viewed.Value);
        Assert.True(bySignature.IsSuccess, bySignature.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, bySignature.Value!.Status);
        var (sent, events) = await _harness.ReadAsync(A, document.Id);
        Assert.Equal(DocumentStatus.SignedByAllParties, sent!.Status);
        Assert.All(sent.Counterparties, party => Assert.Equal(CounterpartyProgress.Signed, party.Progress));
        Assert.Equal(copyId, sent.Counterparties[0].IncomingCopyId);
        Assert.Equal(
            [PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.DirectorBIin, PostgreSqlFlowHarness.IndividualIin],
            sent.Signatures.Select(signature => signature.SignerIin));
        Assert.Equal(
            [
                PassportEventType.Created, PassportEventType.RouteChanged, PassportEventType.Approved, PassportEventType.SignatureAccepted,
                PassportEventType.Sent, PassportEventType.Delivered, PassportEventType.Sent,
                PassportEventType.SignatureAccepted,
                PassportEventType.Delivered, PassportEventType.ViewedByCounterparty, PassportEventType.SignatureAccepted,
            ],
            events.Select(passportEvent => passportEvent.Type));
        Assert.Equal(
            [PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.DirectorBIin, PostgreSqlFlowHarness.IndividualIin],
            events.Where(passportEvent => passportEvent.Type == PassportEventType.SignatureAccepted).Select(passportEvent => passportEvent.Actor.Iin));
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
        var (signedCopy, copyEvents) = await _harness.ReadAsync(PostgreSqlFlowHarness.CompanyB, copyId);
        Assert.Equal(DocumentStatus.SignedByAllParties, signedCopy!.Status);
        Assert.True(PassportVerifier.Verify(copyId, copyEvents).IsIntact);
    }

    [Fact]
    public async Task Flow_UnregisteredIndividual_SignsByLinkFromMail()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, Individual());
        await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, ApproveThenSign());
        await _harness.ApproveAsync(A, PostgreSqlFlowHarness.ApproverA, document.Id);
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        await _harness.DeliverOutboxAsync();
        // Other tests of this class mail the same address, so the mail is picked by the document it links to.
        var mail = await _harness.Smtp.WaitForMailAsync(
            received => received.EnvelopeTo.Contains(PostgreSqlFlowHarness.IndividualEmail)
                && (received.Message.TextBody ?? string.Empty).Contains(document.Id.ToString("D"), StringComparison.Ordinal),
            PostgreSqlFlowHarness.Cancellation);
        var token = TokenFrom(mail.Message.TextBody ?? string.Empty, document.Id);

        var bySignature = await _harness.SignByLinkAsync(document, token, "individual");

        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Contains("ТОО Альфа", mail.Message.Subject, StringComparison.Ordinal);
        Assert.Contains(document.Title, mail.Message.TextBody, StringComparison.Ordinal);
        Assert.True(bySignature.IsSuccess, bySignature.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, bySignature.Value!.Status);
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        Assert.Equal(PostgreSqlFlowHarness.IndividualIin, stored!.Signatures.Single(signature => signature.Party == SigningParty.Counterparty).SignerIin);
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
        Assert.Equal(PassportEventType.SignatureAccepted, events[^1].Type);
    }

    [Fact]
    public async Task Sign_CertificateOfAnotherPerson_RefusedUnchanged()
    {
        _harness.IssueKey("stranger", PostgreSqlFlowHarness.Company(PostgreSqlFlowHarness.NewIin(), PostgreSqlFlowHarness.CompanyABin, TestPkiRole.FirstHead));

        await AssertRefusedUnchangedAsync("stranger", SigningErrorCodes.IinMismatch);
    }

    [Fact]
    public async Task Sign_CertificateOfAnotherCompany_RefusedUnchanged()
    {
        _harness.IssueKey("other-company", PostgreSqlFlowHarness.Company(PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.CompanyBBin, TestPkiRole.FirstHead));

        await AssertRefusedUnchangedAsync("other-company", SigningErrorCodes.BinMismatch);
    }

    [Fact]
    public async Task Sign_EmployeeCertificateWithoutSigningRole_RefusedUnchanged()
    {
        _harness.IssueKey("employee-role", PostgreSqlFlowHarness.Company(PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.CompanyABin, TestPkiRole.Employee));

        await AssertRefusedUnchangedAsync("employee-role", SigningErrorCodes.RoleNotAllowed);
    }

    [Fact]
    public async Task Sign_EmployeeWithoutSignOutgoingRight_RefusedUnchanged()
    {
        var deputy = Guid.Parse("0190f000-0000-7000-8000-00000000a005");
        _harness.Ports.AddEmployee(PostgreSqlFlowHarness.Employee(deputy, A, PostgreSqlFlowHarness.DirectorAIin, "Заместитель Альфа", PostgreSqlFlowHarness.CompanyABin));

        await AssertRefusedUnchangedAsync("director-a", SigningErrorCodes.RightMissing, signer: deputy);
    }

    [Fact]
    public async Task Sign_AuthenticationOnlyCertificate_RefusedUnchanged()
    {
        _harness.IssueKey(
            "auth", PostgreSqlFlowHarness.Company(PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.CompanyABin, TestPkiRole.FirstHead), TestPkiKeyPurpose.Authentication);

        await AssertRefusedUnchangedAsync("auth", SigningErrorCodes.AuthenticationCertificate);
    }

    [Fact]
    public async Task Sign_RevokedCertificate_RefusedUnchanged()
    {
        _harness.IssueKey("revoked", PostgreSqlFlowHarness.Company(PostgreSqlFlowHarness.DirectorAIin, PostgreSqlFlowHarness.CompanyABin, TestPkiRole.FirstHead));
        var revoked = _harness.Pki.Revoke(_harness.Key("revoked").Certificate.SerialNumber, reason: 1, revokedAt: DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.True(revoked.IsSuccess, revoked.Error?.ToString());

        await AssertRefusedUnchangedAsync("revoked", SigningErrorCodes.CertificateRevoked);
    }

    [Fact]
    public async Task Sign_SignatureOverOtherBytes_RefusedUnchanged()
    {
        await AssertRefusedUnchangedAsync("director-a", SigningErrorCodes.VerificationFailed, "%PDF-1.7 подменённый договор %%EOF"u8.ToArray());
    }

    [Fact]
    public async Task Sign_OutOfTurnSigner_RefusedUnchanged()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, CompanyB());
        await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, ApproveThenSign());
        var before = await _harness.ReadAsync(A, document.Id);

        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");

        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, signed.Error?.Code);
        await AssertUnchangedAsync(document.Id, before);
    }

    [Fact]
    public async Task Sign_SameDocumentTwiceAtOnce_RecordsOneSignature()
    {
        var document = await OnSigningAsync(Individual());
        var bytes = await _harness.FileAsync(document);

        var results = await Task.WhenAll(
            Task.Run(() => _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a", bytes), PostgreSqlFlowHarness.Cancellation),
            Task.Run(() => _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a", bytes), PostgreSqlFlowHarness.Cancellation));

        Assert.Single(results, result => result.IsSuccess);
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        Assert.Single(stored!.Signatures);
        Assert.Single(events, passportEvent => passportEvent.Type == PassportEventType.SignatureAccepted);
    }

    [Fact]
    public async Task Approve_TwoParallelApproversAtOnce_BothRecorded()
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, CompanyB());
        await _harness.StartAsync(
            A, PostgreSqlFlowHarness.AuthorA, document.Id,
            [
                new RouteStage(RouteStepKind.Approve, [PostgreSqlFlowHarness.ApproverA, PostgreSqlFlowHarness.SecondApproverA]),
                new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA]),
            ]);

        var results = await Task.WhenAll(
            Task.Run(() => _harness.ApproveAsync(A, PostgreSqlFlowHarness.ApproverA, document.Id), PostgreSqlFlowHarness.Cancellation),
            Task.Run(() => _harness.ApproveAsync(A, PostgreSqlFlowHarness.SecondApproverA, document.Id), PostgreSqlFlowHarness.Cancellation));

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.ToString()));
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        Assert.Equal(DocumentStatus.OnSigning, stored!.Status);
        Assert.Equal(2, events.Count(passportEvent => passportEvent.Type == PassportEventType.Approved));
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
    }

    [Fact]
    public async Task LinkSignAndRevoke_AtOnce_EndInOneConsistentState()
    {
        var (document, token) = await SentByLinkAsync();
        var cms = PostgreSqlFlowHarness.SignBytes(_harness.Key("individual"), await _harness.FileAsync(document));

        var sign = Task.Run(() => _harness.InProfileAsync<CounterpartyLinkActions, Idocs.Common.Results.Result<StepOutcome>>(
            null, service => service.SignAsync(new LinkActionCommand(document.Id, token, null, document.Files[0].Sha256, cms), PostgreSqlFlowHarness.Cancellation)));
        var revoke = Task.Run(() => _harness.InProfileAsync<RevokeDocument, Idocs.Common.Results.Result<StepOutcome>>(
            A, service => service.RevokeAsync(new DocumentActionCommand(document.Id, PostgreSqlFlowHarness.AuthorA, null), PostgreSqlFlowHarness.Cancellation)));
        await Task.WhenAll(sign, revoke);

        Assert.Single(new[] { sign.Result.IsSuccess, revoke.Result.IsSuccess }, succeeded => succeeded);
        var (stored, events) = await _harness.ReadAsync(A, document.Id);
        var expected = sign.Result.IsSuccess ? DocumentStatus.SignedByAllParties : DocumentStatus.Revoked;
        Assert.Equal(expected, stored!.Status);
        Assert.Equal(sign.Result.IsSuccess, stored.HasReceiverSignature);
        Assert.True(PassportVerifier.Verify(document.Id, events).IsIntact);
    }

    [Fact]
    public async Task Link_AfterUse_Refused()
    {
        var (document, token) = await SentByLinkAsync();

        var first = await _harness.SignByLinkAsync(document, token, "individual");
        var second = await _harness.SignByLinkAsync(document, token, "individual");

        Assert.True(first.IsSuccess, first.Error?.ToString());
        Assert.Equal(LinkAccessErrorCodes.Used, second.Error?.Code);
    }

    [Fact]
    public async Task Link_AfterReissue_Refused()
    {
        var (document, first) = await SentByLinkAsync();
        var reminded = await _harness.InProfileAsync<SendReminder, Idocs.Common.Results.Result<StepOutcome>>(
            A, service => service.SendAsync(new DocumentActionCommand(document.Id, PostgreSqlFlowHarness.AuthorA, null), PostgreSqlFlowHarness.Cancellation));

        var withOld = await _harness.SignByLinkAsync(document, first, "individual");

        Assert.True(reminded.IsSuccess, reminded.Error?.ToString());
        Assert.Equal(LinkAccessErrorCodes.Superseded, withOld.Error?.Code);
    }

    [Fact]
    public async Task Link_ForAnotherDocument_Refused()
    {
        var (_, token) = await SentByLinkAsync();
        var (other, _) = await SentByLinkAsync();

        var signed = await _harness.SignByLinkAsync(other, token, "individual");

        Assert.Equal(LinkAccessErrorCodes.WrongDocument, signed.Error?.Code);
    }

    [Fact]
    public async Task Link_AfterExpiry_Refused()
    {
        var (document, token) = await SentByLinkAsync();
        await using (var scope = _harness.Scope(A))
        {
            var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Idocs.Documents.UnitOfWork.IDocumentUnitOfWorkFactory>(scope.ServiceProvider);
            await using var unitOfWork = await factory.BeginAsync(PostgreSqlFlowHarness.Cancellation);
            var active = Assert.Single(await unitOfWork.LinkTokens.ListActiveAsync(document.Id, PostgreSqlFlowHarness.IndividualEmail, PostgreSqlFlowHarness.Cancellation));
            Assert.True((await unitOfWork.LinkTokens.UpdateAsync(active with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, PostgreSqlFlowHarness.Cancellation)).IsSuccess);
            Assert.True((await unitOfWork.CommitAsync(PostgreSqlFlowHarness.Cancellation)).IsSuccess);
        }

        var signed = await _harness.SignByLinkAsync(document, token, "individual");

        Assert.Equal(LinkAccessErrorCodes.Expired, signed.Error?.Code);
    }

    [Fact]
    public async Task MassSign_StandardPlan_ThirtySignThirtyOneRefused()
    {
        var documents = new List<Document>();
        for (var index = 0; index < 31; index++)
        {
            documents.Add(await OnSigningAsync(Individual()));
        }

        var items = await ItemsAsync(documents);

        var over = await MassSignAsync(items, "standard-31");
        var afterRefusal = await _harness.ReadAsync(A, documents[0].Id);
        var within = await MassSignAsync(items.Take(30).ToList(), "standard-30");

        Assert.Equal(MassActionErrorCodes.OverPlanLimit, over.Error?.Code);
        Assert.Empty(afterRefusal.Document!.Signatures);
        Assert.True(within.IsSuccess, within.Error?.ToString());
        Assert.Equal(30, within.Value!.Count(result => result.Succeeded));
        Assert.Empty((await _harness.ReadAsync(A, documents[30].Id)).Document!.Signatures);
    }

    [Fact]
    public async Task MassSign_ProPlan_ThousandEachVerified()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var documents = new Document[1000];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, documents.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = PostgreSqlFlowHarness.Cancellation },
            async (index, _) =>
            {
                var document = await _harness.CreateDocumentAsync(DocumentKind.Internal, (Counterparty?)null);
                var started = await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA])]);
                Assert.True(started.IsSuccess, started.Error?.ToString());
                documents[index] = document;
            });
        var prepared = clock.Elapsed;
        var items = await ItemsAsync(documents);
        var signaturesMade = clock.Elapsed;
        _harness.Ports.SetLimit(A, null);
        Idocs.Common.Results.Result<IReadOnlyList<MassActionResult>> signed;
        try
        {
            signed = await MassSignAsync(items, "pro-1000");
        }
        finally
        {
            _harness.Ports.SetLimit(A, 30);
        }

        var accepted = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"1,000 documents: prepared in {prepared.TotalSeconds:F1} s, signed by the client in {(signaturesMade - prepared).TotalSeconds:F1} s, accepted in {(accepted - signaturesMade).TotalSeconds:F1} s.");

        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.All(signed.Value!, result => Assert.True(result.Succeeded, result.Refusal?.ToString()));
        Assert.Equal(1000, signed.Value!.Select(result => result.Outcome!.SignatureId).Distinct().Count());
        var (signedCount, distinctSignatures) = await CountSignedAsync(documents.Select(document => document.Id).ToList());
        Assert.Equal(1000, signedCount);
        Assert.Equal(1000, distinctSignatures);
        foreach (var index in new[] { 0, 499, 999 })
        {
            await AssertOwnVerifiedSignatureAsync(documents[index]);
        }
    }

    /// <summary>
    /// Counts, in the store, the documents signed by all parties with exactly one signature, and the
    /// distinct signatures (by their CMS hash) those documents carry.
    /// </summary>
    private async Task<(int SignedDocuments, int DistinctSignatures)> CountSignedAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = _harness.Scope(A);
        var dbContext = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Idocs.Storage.Persistence.IdocsDbContext>(scope.ServiceProvider);
        var rows = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(dbContext.Set<Idocs.Storage.Documents.DocumentRow>())
            .Where(row => ids.Contains(row.Id) && row.Status == DocumentStatus.SignedByAllParties && row.Signatures.Count == 1);
        var signedDocuments = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(rows, PostgreSqlFlowHarness.Cancellation);
        var distinctSignatures = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            rows.SelectMany(row => row.Signatures).Select(signature => signature.SignatureSha256).Distinct(), PostgreSqlFlowHarness.Cancellation);
        return (signedDocuments, distinctSignatures);
    }

    /// <summary>Verifies again, over the stored file, the CMS stored for the document's one signature.</summary>
    private async Task AssertOwnVerifiedSignatureAsync(Document document)
    {
        var stored = (await _harness.ReadAsync(A, document.Id)).Document!;
        var signature = Assert.Single(stored.Signatures);
        await using var scope = _harness.Scope(A);
        var files = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Idocs.Documents.Uploads.IFileStore>(scope.ServiceProvider);
        var cms = await files.GetAsync(signature.SignatureSha256, PostgreSqlFlowHarness.Cancellation);
        var verifier = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ISignatureAcceptancePort>(scope.ServiceProvider);

        var report = await verifier.VerifyDetachedAsync(await _harness.FileAsync(document), cms!, PostgreSqlFlowHarness.Cancellation);

        Assert.Equal(DocumentStatus.SignedByAllParties, stored.Status);
        Assert.Equal(SignatureReportStatus.Passed, report.Status);
        Assert.Equal(PostgreSqlFlowHarness.DirectorAIin, report.Signer?.Iin);
        Assert.Equal(signature.FileSha256, document.Files[0].Sha256);
    }

    private static Counterparty CompanyB() =>
        Counterparty.Create(CounterpartyIdentifierKind.Bin, PostgreSqlFlowHarness.CompanyBBin, "ТОО Бета").Value!;

    private static Counterparty Individual() =>
        Counterparty.Create(CounterpartyIdentifierKind.Email, PostgreSqlFlowHarness.IndividualEmail, "Айгерим Сапарова").Value!;

    private static IReadOnlyList<RouteStage> ApproveThenSign() =>
        [new RouteStage(RouteStepKind.Approve, [PostgreSqlFlowHarness.ApproverA]), new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA])];

    private async Task<Document> OnSigningAsync(Counterparty counterparty)
    {
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, counterparty);
        var started = await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, [new RouteStage(RouteStepKind.Sign, [PostgreSqlFlowHarness.DirectorA])]);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        return document;
    }

    private async Task<(Document Document, string Token)> SentByLinkAsync()
    {
        var document = await OnSigningAsync(Individual());
        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        await _harness.DeliverOutboxAsync();
        var mail = await _harness.Smtp.WaitForMailAsync(
            received => (received.Message.TextBody ?? string.Empty).Contains(document.Id.ToString("D"), StringComparison.Ordinal), PostgreSqlFlowHarness.Cancellation);
        return (document, TokenFrom(mail.Message.TextBody ?? string.Empty, document.Id));
    }

    private async Task AssertRefusedUnchangedAsync(string keyName, string expectedCode, byte[]? signedBytes = null, Guid? signer = null)
    {
        var employeeId = signer ?? PostgreSqlFlowHarness.DirectorA;
        var document = await _harness.CreateDocumentAsync(DocumentKind.ExternalOutgoing, CompanyB());
        var started = await _harness.StartAsync(A, PostgreSqlFlowHarness.AuthorA, document.Id, [new RouteStage(RouteStepKind.Sign, [employeeId])]);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        var before = await _harness.ReadAsync(A, document.Id);

        var signed = await _harness.SignAsync(A, employeeId, document, keyName, signedBytes);

        Assert.Equal(expectedCode, signed.Error?.Code);
        await AssertUnchangedAsync(document.Id, before);
    }

    private async Task AssertUnchangedAsync(Guid documentId, (Document? Document, IReadOnlyList<PassportEvent> Passport) before)
    {
        var after = await _harness.ReadAsync(A, documentId);
        Assert.Equal(JsonSerializer.Serialize(before.Document!.ToSnapshot()), JsonSerializer.Serialize(after.Document!.ToSnapshot()));
        Assert.Equal(before.Passport.Count, after.Passport.Count);
    }

    private async Task<Guid> IncomingCopyIdAsync(Guid sentId)
    {
        var events = (await _harness.ReadAsync(A, sentId)).Passport;
        foreach (var sent in events.Where(passportEvent => passportEvent.Type == PassportEventType.Sent))
        {
            using var payload = JsonDocument.Parse(sent.PayloadJson);
            if (payload.RootElement.TryGetProperty("incomingCopy", out var copy))
            {
                return copy.GetGuid();
            }
        }

        Assert.Fail($"Document {sentId} was not delivered to a registered counterparty.");
        return Guid.Empty;
    }

    private static string TokenFrom(string body, Guid documentId)
    {
        var marker = $"/link/{documentId:D}?token=";
        var start = body.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The mail has no link to document {documentId}: {body}");
        var token = body[(start + marker.Length)..].Split([' ', '\n', '\r'], 2)[0];
        return Uri.UnescapeDataString(token);
    }

    /// <summary>Makes the client's signatures the way NCALayer would, one per document, signing on every core.</summary>
    private async Task<List<MassSignItem>> ItemsAsync(IReadOnlyList<Document> documents)
    {
        var contents = new byte[documents.Count][];
        for (var index = 0; index < documents.Count; index++)
        {
            contents[index] = await _harness.FileAsync(documents[index]);
        }

        var key = _harness.Key("director-a");
        var signatures = new byte[documents.Count][];
        Parallel.For(0, documents.Count, index => signatures[index] = PostgreSqlFlowHarness.SignBytes(key, contents[index]));
        return [.. documents.Select((document, index) => new MassSignItem(document.Id, document.Files[0].Sha256, signatures[index]))];
    }

    private Task<Idocs.Common.Results.Result<IReadOnlyList<MassActionResult>>> MassSignAsync(IReadOnlyList<MassSignItem> items, string key) =>
        _harness.InProfileAsync<MassActions, Idocs.Common.Results.Result<IReadOnlyList<MassActionResult>>>(
            A, service => service.SignAsync(PostgreSqlFlowHarness.DirectorA, items, key, null, PostgreSqlFlowHarness.Cancellation));
}
