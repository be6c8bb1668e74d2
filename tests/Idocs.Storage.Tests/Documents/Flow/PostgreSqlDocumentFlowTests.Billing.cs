using Idocs.Documents.Billing;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Statuses;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>The flow's side of billing: sending is checked before anything changes, and each dispatch is metered once.</summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    [Fact]
    public async Task Sign_OutgoingDispatched_MeteredOnce()
    {
        var document = await OnSigningAsync(CompanyB());

        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        await _harness.DeliverOutboxAsync();
        await _harness.DeliverOutboxAsync();

        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
        Assert.True(_harness.Ports.IsMetered(document.Id));
        Assert.Equal(1, _harness.Ports.MeteringDeliveries(document.Id));
    }

    [Fact]
    public async Task Sign_TrialEndedWithoutPlan_RefusedBeforeAnythingChanges()
    {
        var document = await OnSigningAsync(CompanyB());
        var before = await _harness.ReadAsync(A, document.Id);
        _harness.Ports.BlockSending(A);
        try
        {
            var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
            await _harness.DeliverOutboxAsync();

            Assert.Equal(SendingErrorCodes.SendingBlocked, signed.Error?.Code);
            Assert.Contains("plan", signed.Error!.Message, StringComparison.Ordinal);
            await AssertUnchangedAsync(document.Id, before);
            Assert.DoesNotContain(before.Passport, passportEvent => passportEvent.Type == PassportEventType.Sent);
            Assert.False(_harness.Ports.IsMetered(document.Id));
        }
        finally
        {
            _harness.Ports.AllowSending(A);
        }
    }

    [Fact]
    public async Task Sign_AfterPlanConnected_SendsTheRefusedDocument()
    {
        var document = await OnSigningAsync(CompanyB());
        _harness.Ports.BlockSending(A);
        var refused = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        _harness.Ports.AllowSending(A);

        var signed = await _harness.SignAsync(A, PostgreSqlFlowHarness.DirectorA, document, "director-a");
        await _harness.DeliverOutboxAsync();

        Assert.Equal(SendingErrorCodes.SendingBlocked, refused.Error?.Code);
        Assert.True(signed.IsSuccess, signed.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, signed.Value!.Status);
        Assert.Equal(1, _harness.Ports.MeteringDeliveries(document.Id));
    }
}
