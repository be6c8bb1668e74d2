using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Retention;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.PrintForms.Tests.Retention;

public sealed class RetentionPolicyTests
{
    private const string CounterpartyBin = "040840500126";

    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CounterpartySigned = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();

    private readonly FakeTimeProvider _clock = new(CounterpartySigned.AddDays(1));

    [Fact]
    public void RetainedUntil_SignedDocument_TenYearsAfterLastSignature()
    {
        var policy = Policy();

        var until = policy.RetainedUntil(SignedByCounterparty());

        Assert.Equal(CounterpartySigned.AddYears(10), until);
    }

    [Fact]
    public void RetainedUntil_ConfiguredYears_UsesSetting()
    {
        var policy = Policy(new RetentionOptions { RetentionYears = 5 });

        var until = policy.RetainedUntil(Draft());

        Assert.Equal(Created.AddYears(5), until);
    }

    [Fact]
    public void CanDelete_CounterpartySignedWithinRetention_NeedsSupportRequest()
    {
        var policy = Policy();
        _clock.SetUtcNow(CounterpartySigned.AddYears(10).AddDays(-1));

        var result = policy.CanDelete(SignedByCounterparty(), Author);

        Assert.Equal(DocumentErrorCodes.DeletionNeedsSupportRequest, result.Error?.Code);
        Assert.Contains("2036-03-10", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanDelete_DraftWithinRetention_AllowedByDeletionRules()
    {
        var policy = Policy();

        var result = policy.CanDelete(Draft(), Author);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void CanDelete_NotAuthorWithinRetention_Refused()
    {
        var policy = Policy();

        var result = policy.CanDelete(Draft(), Guid.CreateVersion7());

        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, result.Error?.Code);
    }

    [Fact]
    public void CanPurge_OneDayBeforeEnd_Refused()
    {
        var policy = Policy();
        _clock.SetUtcNow(CounterpartySigned.AddYears(10).AddDays(-1));

        var result = policy.CanPurge(SignedByCounterparty());

        Assert.Equal(RetentionErrorCodes.RetentionPeriodActive, result.Error?.Code);
    }

    [Fact]
    public void CanPurge_AtEnd_Allowed()
    {
        var policy = Policy();
        _clock.SetUtcNow(CounterpartySigned.AddYears(10));

        var result = policy.CanPurge(SignedByCounterparty());

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void Access_NotTerminated_Full()
    {
        var policy = Policy();

        Assert.Equal(CustomerAccess.Full, policy.Access(terminatedAt: null));
    }

    [Fact]
    public void Access_WithinYearAfterTermination_ReadOnly()
    {
        var policy = Policy();
        var terminated = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromDays(364));

        var access = policy.Access(terminated);
        var change = policy.CanChange(terminated);
        var download = policy.CanDownload(terminated);

        Assert.Equal(CustomerAccess.ReadOnly, access);
        Assert.Equal(RetentionErrorCodes.ReadOnlyAfterTermination, change.Error?.Code);
        Assert.True(download.IsSuccess, download.Error?.ToString());
    }

    [Fact]
    public void Access_YearAfterTermination_Closed()
    {
        var policy = Policy();
        var terminated = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromDays(365));

        var access = policy.Access(terminated);
        var download = policy.CanDownload(terminated);

        Assert.Equal(CustomerAccess.Closed, access);
        Assert.Equal(RetentionErrorCodes.AccessEnded, download.Error?.Code);
    }

    [Fact]
    public void CanDelete_DraftInReadOnlyYear_Refused()
    {
        var policy = Policy();
        var terminated = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromDays(10));

        var result = policy.CanDelete(Draft(), Author, terminated);

        Assert.Equal(RetentionErrorCodes.ReadOnlyAfterTermination, result.Error?.Code);
    }

    private RetentionPolicy Policy(RetentionOptions? options = null) => new(Options.Create(options ?? new RetentionOptions()), _clock);

    private static Document Draft() => Document.Restore(Snapshot(DocumentStatus.Draft, []));

    private static Document SignedByCounterparty()
    {
        var file = new string('a', 64);
        return Document.Restore(Snapshot(DocumentStatus.SignedByAllParties,
        [
            new RecordedSignature(Guid.CreateVersion7(), SigningParty.Owner, Author, "870501300122", "990340500016", "01", "report", file, new string('b', 64), Created.AddDays(2)),
            new RecordedSignature(Guid.CreateVersion7(), SigningParty.Counterparty, null, "900101300017", CounterpartyBin, "02", "report", file, new string('c', 64), CounterpartySigned),
        ]));
    }

    private static DocumentSnapshot Snapshot(DocumentStatus status, IReadOnlyList<RecordedSignature> signatures) => new()
    {
        Id = Guid.CreateVersion7(),
        OwnerProfileId = Guid.CreateVersion7(),
        Kind = DocumentKind.ExternalOutgoing,
        Number = "1",
        Date = DateOnly.FromDateTime(Created.UtcDateTime),
        Title = "Договор",
        AuthorId = Author,
        Status = status,
        CreatedAt = Created,
        Version = 1,
        Counterparty = Counterparty.Create(CounterpartyIdentifierKind.Bin, CounterpartyBin, "ТОО Контрагент").Value,
        Files = [new DocumentFile(new string('a', 64), "contract.pdf", DetectedContentType.Pdf, 100)],
        Signatures = signatures,
    };
}
