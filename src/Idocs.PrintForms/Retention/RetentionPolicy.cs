using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Microsoft.Extensions.Options;

namespace Idocs.PrintForms.Retention;

/// <summary>
/// Keeps documents for the configured period and governs a former customer's read-only access.
/// Before a document's retention ends, only the documents' own deletion rules
/// (<see cref="DocumentDeletionPolicy"/>, including support's decision on a
/// <see cref="DeletionRequest"/>) can remove it; the platform's purge waits for the end.
/// </summary>
public sealed class RetentionPolicy(IOptions<RetentionOptions> options, TimeProvider clock)
{
    private readonly RetentionOptions _options = options?.Value ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The day from which the document may be purged: its last signature (or creation) plus the retention period.</summary>
    public DateTimeOffset RetainedUntil(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lastSigned = document.Signatures.Count == 0 ? document.CreatedAt : document.Signatures.Max(signature => signature.SignedAt);
        var start = lastSigned > document.CreatedAt ? lastSigned : document.CreatedAt;
        return start.AddYears(Years());
    }

    /// <summary>
    /// Checks a user's deletion. Before the retention ends it is allowed only when the deletion
    /// rules allow it, and the rules' error (with its code, such as a support request being needed)
    /// is returned otherwise.
    /// </summary>
    public Result CanDelete(Document document, Guid employeeId, DateTimeOffset? terminatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(document);

        var access = CanChange(terminatedAt);
        if (!access.IsSuccess)
        {
            return access;
        }

        var rules = DocumentDeletionPolicy.CanDelete(document, employeeId);
        if (rules.IsSuccess || clock.GetUtcNow() >= RetainedUntil(document))
        {
            return rules;
        }

        return new Error(
            rules.Error.Code,
            $"{rules.Error.Message} The document is kept until {RetainedUntil(document):yyyy-MM-dd}.");
    }

    /// <summary>Checks the platform's purge of a document whose retention period is over.</summary>
    public Result CanPurge(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var until = RetainedUntil(document);
        return clock.GetUtcNow() >= until
            ? Result.Success()
            : Result.Failure(
                RetentionErrorCodes.RetentionPeriodActive,
                $"Document {document.Id} must be kept until {until:yyyy-MM-dd} ({Years()} years after its last signature); it cannot be purged before then.");
    }

    public CustomerAccess Access(DateTimeOffset? terminatedAt)
    {
        var now = clock.GetUtcNow();
        if (terminatedAt is null || now < terminatedAt)
        {
            return CustomerAccess.Full;
        }

        return now < ReadOnlyUntil(terminatedAt.Value) ? CustomerAccess.ReadOnly : CustomerAccess.Closed;
    }

    public DateTimeOffset ReadOnlyUntil(DateTimeOffset terminatedAt) => terminatedAt.AddDays(ReadOnlyDays());

    /// <summary>Allows creating, signing, sending and deleting only while the contract runs.</summary>
    public Result CanChange(DateTimeOffset? terminatedAt) => Access(terminatedAt) switch
    {
        CustomerAccess.Full => Result.Success(),
        CustomerAccess.ReadOnly => Result.Failure(
            RetentionErrorCodes.ReadOnlyAfterTermination,
            $"The contract ended on {terminatedAt:yyyy-MM-dd}; until {ReadOnlyUntil(terminatedAt!.Value):yyyy-MM-dd} documents can only be read and downloaded."),
        _ => AccessEnded(terminatedAt!.Value),
    };

    /// <summary>Allows reading and downloading while the contract runs and during the read-only period after it.</summary>
    public Result CanDownload(DateTimeOffset? terminatedAt) =>
        Access(terminatedAt) == CustomerAccess.Closed ? AccessEnded(terminatedAt!.Value) : Result.Success();

    private Result AccessEnded(DateTimeOffset terminatedAt) => Result.Failure(
        RetentionErrorCodes.AccessEnded,
        $"The contract ended on {terminatedAt:yyyy-MM-dd} and the read-only period ended on {ReadOnlyUntil(terminatedAt):yyyy-MM-dd}; contact support to restore access.");

    private int Years() => _options.RetentionYears > 0
        ? _options.RetentionYears
        : throw new InvalidOperationException($"Retention:RetentionYears is {_options.RetentionYears}; set a positive number of years.");

    private int ReadOnlyDays() => _options.ReadOnlyDaysAfterTermination >= 0
        ? _options.ReadOnlyDaysAfterTermination
        : throw new InvalidOperationException($"Retention:ReadOnlyDaysAfterTermination is {_options.ReadOnlyDaysAfterTermination}; set 0 or more days.");
}
