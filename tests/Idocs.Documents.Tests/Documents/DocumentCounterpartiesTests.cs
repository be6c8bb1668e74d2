using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Documents;

public sealed class DocumentCounterpartiesTests
{
    private static readonly Counterparty Company = TestDocuments.Counterparty();

    private static readonly Counterparty Individual =
        Counterparty.Create(CounterpartyIdentifierKind.Email, "aigerim@example.kz", "Айгерим Сапарова").Value!;

    [Fact]
    public void Create_SameCounterpartyTwice_ReturnsInvalidCounterparties()
    {
        var input = TestDocuments.NewDocument() with { Counterparties = [Company, Company] };

        var created = Document.Create(input, Guid.CreateVersion7(), DateTimeOffset.UtcNow);

        Assert.Equal(DocumentErrorCodes.InvalidCounterparties, created.Error?.Code);
    }

    [Fact]
    public void MarkDispatched_CopyAndLink_DeliversDocumentAndKeepsEachProgress()
    {
        var document = SentToBoth();
        var copyId = Guid.CreateVersion7();

        var toCompany = document.MarkDispatched(Company, copyId);
        var toIndividual = document.MarkDispatched(Individual, null);

        Assert.True(toCompany.IsSuccess, toCompany.Error?.ToString());
        Assert.True(toIndividual.IsSuccess, toIndividual.Error?.ToString());
        Assert.Equal(DocumentStatus.Delivered, document.Status);
        Assert.Equal([CounterpartyProgress.Delivered, CounterpartyProgress.Sent], document.Counterparties.Select(party => party.Progress));
        Assert.Equal(copyId, document.FindCounterpartyByCopy(copyId)?.IncomingCopyId);
    }

    [Fact]
    public void MarkDispatched_SameCounterpartyTwice_FailsAndLeavesDocumentUnchanged()
    {
        var document = SentToBoth();
        document.MarkDispatched(Individual, null);
        var before = TestDocuments.Fingerprint(document);

        var again = document.MarkDispatched(Individual, null);

        Assert.Equal(DocumentErrorCodes.WrongStatusForAction, again.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void CompleteCounterpartySigning_OneOfTwoSigned_ReturnsCounterpartiesPending()
    {
        var document = Dispatched();
        document.RecordCounterpartySignature(Company, Signature(document, "870501300122"));
        var before = TestDocuments.Fingerprint(document);

        var completed = document.CompleteCounterpartySigning();

        Assert.Equal(DocumentErrorCodes.CounterpartiesPending, completed.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
        Assert.False(document.AllCounterpartiesSigned);
    }

    [Fact]
    public void CompleteCounterpartySigning_BothSigned_EndsSignedByAllParties()
    {
        var document = Dispatched();
        var byCompany = document.RecordCounterpartySignature(Company, Signature(document, "870501300122"));
        var byIndividual = document.RecordCounterpartySignature(Individual, Signature(document, "010203600014"));

        var completed = document.CompleteCounterpartySigning();

        Assert.True(byCompany.IsSuccess, byCompany.Error?.ToString());
        Assert.True(byIndividual.IsSuccess, byIndividual.Error?.ToString());
        Assert.True(completed.IsSuccess, completed.Error?.ToString());
        Assert.Equal(DocumentStatus.SignedByAllParties, document.Status);
        Assert.All(document.Counterparties, party => Assert.Equal(CounterpartyProgress.Signed, party.Progress));
    }

    [Fact]
    public void RecordCounterpartySignature_SamePartyTwice_ReturnsAlreadySigned()
    {
        var document = Dispatched();
        document.RecordCounterpartySignature(Company, Signature(document, "870501300122"));

        var again = document.RecordCounterpartySignature(Company, Signature(document, "880101300556"));

        Assert.Equal(DocumentErrorCodes.AlreadySigned, again.Error?.Code);
        Assert.Single(document.Signatures);
    }

    [Fact]
    public void RecordSignature_CounterpartySideOfTwo_ReturnsUnknownCounterparty()
    {
        var document = Dispatched();

        var recorded = document.RecordSignature(Signature(document, "870501300122"));

        Assert.Equal(DocumentErrorCodes.UnknownCounterparty, recorded.Error?.Code);
        Assert.Empty(document.Signatures);
    }

    [Fact]
    public void RecordCounterpartySignature_PartyNotOnDocument_ReturnsUnknownCounterparty()
    {
        var document = Dispatched();
        var stranger = Counterparty.Create(CounterpartyIdentifierKind.Email, "stranger@example.kz", "Посторонний").Value!;

        var recorded = document.RecordCounterpartySignature(stranger, Signature(document, "870501300122"));

        Assert.Equal(DocumentErrorCodes.UnknownCounterparty, recorded.Error?.Code);
        Assert.Empty(document.Signatures);
    }

    [Fact]
    public void RejectBy_OneOfTwoAfterOtherSigned_RejectsDocumentWithReason()
    {
        var document = Dispatched();
        document.RecordCounterpartySignature(Company, Signature(document, "870501300122"));

        var rejected = document.RejectBy(Individual, "Неверные реквизиты");

        Assert.True(rejected.IsSuccess, rejected.Error?.ToString());
        Assert.Equal(DocumentStatus.Rejected, document.Status);
        Assert.Equal("Неверные реквизиты", document.RejectionReason);
        Assert.Equal([CounterpartyProgress.Signed, CounterpartyProgress.Rejected], document.Counterparties.Select(party => party.Progress));
    }

    [Fact]
    public void Revoke_AfterOneOfTwoSigned_FailsAndLeavesDocumentUnchanged()
    {
        var document = Dispatched();
        document.RecordCounterpartySignature(Individual, Signature(document, "010203600014"));
        var before = TestDocuments.Fingerprint(document);

        var revoked = document.Revoke();

        Assert.Equal(DocumentErrorCodes.RevocationAfterCounterpartySignature, revoked.Error?.Code);
        Assert.Equal(before, TestDocuments.Fingerprint(document));
    }

    [Fact]
    public void MarkViewedBy_SecondCounterparty_KeepsDocumentViewedAndRecordsParty()
    {
        var document = Dispatched();
        var first = document.MarkViewedBy(Company);

        var second = document.MarkViewedBy(Individual);
        var repeated = document.MarkViewedBy(Individual);

        Assert.True(first.Value);
        Assert.True(second.Value);
        Assert.False(repeated.Value);
        Assert.Equal(DocumentStatus.ViewedByCounterparty, document.Status);
        Assert.All(document.Counterparties, party => Assert.Equal(CounterpartyProgress.Viewed, party.Progress));
    }

    private static Document SentToBoth() => Document.Restore(
        Document.Create(TestDocuments.NewDocument() with { Counterparties = [Company, Individual] }, Guid.CreateVersion7(), DateTimeOffset.UtcNow)
            .Value!.ToSnapshot() with { Status = DocumentStatus.SignedAndSent });

    private static Document Dispatched()
    {
        var document = SentToBoth();
        Assert.True(document.MarkDispatched(Company, Guid.CreateVersion7()).IsSuccess);
        Assert.True(document.MarkDispatched(Individual, null).IsSuccess);
        return document;
    }

    private static RecordedSignature Signature(Document document, string signerIin) => new(
        Guid.CreateVersion7(), SigningParty.Counterparty, null, signerIin, null, "0A1B", "report-1",
        document.Files[0].Sha256, new string('c', 64), DateTimeOffset.UtcNow);
}
