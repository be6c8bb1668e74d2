using Idocs.Documents.Passport;
using Idocs.Documents.Tests.Fakes;

namespace Idocs.Documents.Tests.Passport;

public class PassportVerifierTests
{
    private static readonly Guid DocumentId = Guid.Parse("0190f000-0000-7000-8000-0000000000d1");

    private static readonly PassportEventType[] Lifecycle =
    [
        PassportEventType.Created, PassportEventType.RouteChanged, PassportEventType.Approved,
        PassportEventType.SignatureAccepted, PassportEventType.Sent, PassportEventType.Delivered,
        PassportEventType.ViewedByCounterparty, PassportEventType.Reminded, PassportEventType.Rejected,
        PassportEventType.Downloaded, PassportEventType.Viewed, PassportEventType.Deleted,
    ];

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var events = BuildChain();

        var result = PassportVerifier.Verify(DocumentId, events, Head(events));

        Assert.True(result.IsIntact, result.Problem);
    }

    [Fact]
    public void Verify_AlteredPayload_NamesThatEvent()
    {
        var events = BuildChain();
        events[4] = events[4] with { PayloadJson = "{\"counterparty\":\"someone else\"}" };

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(5, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_AlteredActor_NamesThatEvent()
    {
        var events = BuildChain();
        events[2] = events[2] with { Actor = new ActorSnapshot(Guid.CreateVersion7(), "Другой", TestDocuments.OtherIin) };

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_AlteredEventWithRecomputedHash_NamesTheNextEvent()
    {
        var events = BuildChain();
        var forged = events[3] with { CertificateSerial = "FFFF" };
        events[3] = forged with { Hash = PassportChain.ComputeHash(forged) };

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(5, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_RemovedEvent_NamesThePosition()
    {
        var events = BuildChain();
        events.RemoveAt(6);

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(7, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_SwappedEvents_NamesTheFirstSwapped()
    {
        var events = BuildChain();
        (events[1], events[2]) = (events[2], events[1]);

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_RemovedLastEventWithHead_NamesTheMissingPosition()
    {
        var events = BuildChain();
        var head = Head(events);
        events.RemoveAt(events.Count - 1);

        var result = PassportVerifier.Verify(DocumentId, events, head);

        Assert.Equal(Lifecycle.Length, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_EventOfAnotherDocument_NamesIt()
    {
        var events = BuildChain();
        events[0] = events[0] with { DocumentId = Guid.CreateVersion7() };

        var result = PassportVerifier.Verify(DocumentId, events);

        Assert.Equal(1, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task WriteAsync_TwoWritersOnSameHead_SecondConflicts()
    {
        var store = new InMemoryPassportStore();
        var writer = new PassportWriter(store);
        await writer.WriteAsync(DocumentId, Entry(PassportEventType.Created, 0), TestContext.Current.CancellationToken);
        var staleNext = PassportChain.Append(DocumentId, (await store.ListAsync(DocumentId, TestContext.Current.CancellationToken))[0], Entry(PassportEventType.Viewed, 1));
        await writer.WriteAsync(DocumentId, Entry(PassportEventType.Approved, 2), TestContext.Current.CancellationToken);

        var result = await store.AppendAsync(staleNext, TestContext.Current.CancellationToken);

        Assert.Equal(Idocs.Common.Results.CommonErrorCodes.ConcurrencyConflict, result.Error?.Code);
    }

    [Fact]
    public async Task WriteAsync_Lifecycle_ProducesIntactChain()
    {
        var store = new InMemoryPassportStore();
        var writer = new PassportWriter(store);

        for (var i = 0; i < Lifecycle.Length; i++)
        {
            await writer.WriteAsync(DocumentId, Entry(Lifecycle[i], i), TestContext.Current.CancellationToken);
        }

        var events = await store.ListAsync(DocumentId, TestContext.Current.CancellationToken);
        Assert.Equal(Lifecycle, events.Select(e => e.Type));
        Assert.True(PassportVerifier.Verify(DocumentId, events).IsIntact);
    }

    private static List<PassportEvent> BuildChain()
    {
        var events = new List<PassportEvent>();
        for (var i = 0; i < Lifecycle.Length; i++)
        {
            events.Add(PassportChain.Append(DocumentId, events.LastOrDefault(), Entry(Lifecycle[i], i)));
        }

        return events;
    }

    private static PassportHead Head(List<PassportEvent> events) => new(events.Count, events[^1].Hash);

    private static PassportEntry Entry(PassportEventType type, int minute) => new()
    {
        Type = type,
        Actor = new ActorSnapshot(TestDocuments.AuthorId, "Иванов Иван", TestDocuments.DirectorIin),
        OccurredAt = new DateTimeOffset(2026, 12, 4, 10, minute, 0, TimeSpan.Zero),
        IpAddress = "127.0.0.1",
        PayloadJson = $"{{\"step\":{minute}}}",
        CertificateSerial = type == PassportEventType.SignatureAccepted ? "4F1A" : null,
        ReportReference = type == PassportEventType.SignatureAccepted ? "reports/1" : null,
    };
}
