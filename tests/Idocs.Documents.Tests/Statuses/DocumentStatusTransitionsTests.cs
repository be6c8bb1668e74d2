using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Statuses;

public class DocumentStatusTransitionsTests
{
    public static TheoryData<DocumentKind, DocumentStatus, DocumentStatus> AllowedPairs()
    {
        var data = new TheoryData<DocumentKind, DocumentStatus, DocumentStatus>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var transition in DocumentStatusTransitions.AllowedFor(kind))
            {
                data.Add(kind, transition.From, transition.To);
            }
        }

        return data;
    }

    public static TheoryData<DocumentKind, DocumentStatus, DocumentStatus> ForbiddenPairs()
    {
        var data = new TheoryData<DocumentKind, DocumentStatus, DocumentStatus>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var from in Enum.GetValues<DocumentStatus>())
            {
                foreach (var to in Enum.GetValues<DocumentStatus>())
                {
                    if (!DocumentStatusTransitions.IsAllowed(kind, from, to))
                    {
                        data.Add(kind, from, to);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void Transition_AllowedPair_ReachesTarget(DocumentKind kind, DocumentStatus from, DocumentStatus to)
    {
        var document = TestDocuments.InStatus(kind, from);

        var result = Apply(document, to);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(to, document.Status);
    }

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void Transition_ForbiddenPair_FailsAndLeavesDocumentUnchanged(DocumentKind kind, DocumentStatus from, DocumentStatus to)
    {
        var document = TestDocuments.InStatus(kind, from);
        var before = TestDocuments.Fingerprint(document);

        var result = Apply(document, to);

        Assert.Equal(DocumentErrorCodes.IllegalStatusTransition, result.Error?.Code);
        Assert.Contains($"from {from} to {to}", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void Reject_WithoutReason_FailsAndLeavesDocumentUnchanged()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.OnApproval);
        var before = TestDocuments.Fingerprint(document);

        var result = document.Reject("   ");

        Assert.Equal(DocumentErrorCodes.RejectionReasonRequired, result.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void Reject_WithReason_KeepsReasonUntilDraft()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.OnSigning);

        document.Reject("Неверная сумма");
        var reasonAfterReject = document.RejectionReason;
        document.ReturnToDraft();

        Assert.Equal("Неверная сумма", reasonAfterReject);
        Assert.Null(document.RejectionReason);
    }

    [Fact]
    public void Revoke_AfterCounterpartySignature_FailsAndLeavesDocumentUnchanged()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.Delivered);
        document.RecordSignature(Signature(document, SigningParty.Counterparty));
        var before = TestDocuments.Fingerprint(document);

        var result = document.Revoke();

        Assert.Equal(DocumentErrorCodes.RevocationAfterCounterpartySignature, result.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void ConfirmAnnulment_BySameParty_FailsAndLeavesDocumentUnchanged()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.SignedByAllParties);
        document.ProposeAnnulment(SigningParty.Owner);
        var before = TestDocuments.Fingerprint(document);

        var result = document.ConfirmAnnulment(SigningParty.Owner);

        Assert.Equal(DocumentErrorCodes.AnnulmentNeedsOtherParty, result.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void ChangeStatus_ToAnnulledDirectly_Fails()
    {
        var document = TestDocuments.InStatus(DocumentKind.ExternalOutgoing, DocumentStatus.SignedByAllParties);

        var result = document.ChangeStatus(DocumentStatus.Annulled);

        Assert.Equal(DocumentErrorCodes.AnnulmentNeedsOtherParty, result.Error?.Code);
        Assert.Equal(DocumentStatus.SignedByAllParties, document.Status);
    }

    [Fact]
    public void CompleteOwnSigning_OutgoingWithoutCounterparty_Fails()
    {
        var snapshot = TestDocuments.Create().ToSnapshot() with { Status = DocumentStatus.OnSigning, Counterparty = null };
        var document = Document.Restore(snapshot);

        var result = document.CompleteOwnSigning();

        Assert.Equal(DocumentErrorCodes.CounterpartyRequired, result.Error?.Code);
        Assert.Equal(DocumentStatus.OnSigning, document.Status);
    }

    private static Idocs.Common.Results.Result Apply(Document document, DocumentStatus to)
    {
        switch (to)
        {
            case DocumentStatus.Rejected:
                return document.Reject("Причина отказа");
            case DocumentStatus.Annulled:
                var proposed = document.ProposeAnnulment(SigningParty.Owner);
                if (!proposed.IsSuccess || document.Status == DocumentStatus.Annulled)
                {
                    return proposed;
                }

                return document.ConfirmAnnulment(SigningParty.Counterparty);
            default:
                return document.ChangeStatus(to);
        }
    }

    private static RecordedSignature Signature(Document document, SigningParty party) => new(
        Guid.CreateVersion7(),
        party,
        null,
        TestDocuments.OtherIin,
        TestDocuments.CounterpartyBin,
        "0A1B",
        "report-1",
        document.Files[0].Sha256,
        new string('b', 64),
        DateTimeOffset.UtcNow);
}
