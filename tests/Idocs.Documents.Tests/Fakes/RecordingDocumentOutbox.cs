using Idocs.Documents.Billing;
using Idocs.Documents.Flow;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>The document mails of committed transactions, in commit order.</summary>
public sealed class RecordingDocumentOutbox
{
    private readonly List<DocumentMail> _mails = [];
    private readonly List<MeteredDispatch> _metered = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<DocumentMail> Mails
    {
        get
        {
            lock (_gate)
            {
                return [.. _mails];
            }
        }
    }

    /// <summary>The dispatches queued for billing's metering by committed transactions.</summary>
    public IReadOnlyList<MeteredDispatch> Metered
    {
        get
        {
            lock (_gate)
            {
                return [.. _metered];
            }
        }
    }

    public void AddMetered(IEnumerable<MeteredDispatch> dispatches)
    {
        lock (_gate)
        {
            _metered.AddRange(dispatches);
        }
    }

    public void AddRange(IEnumerable<DocumentMail> mails)
    {
        lock (_gate)
        {
            _mails.AddRange(mails);
        }
    }
}
