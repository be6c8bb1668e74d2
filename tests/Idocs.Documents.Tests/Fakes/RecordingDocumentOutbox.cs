using Idocs.Documents.Flow;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>The document mails of committed transactions, in commit order.</summary>
public sealed class RecordingDocumentOutbox
{
    private readonly List<DocumentMail> _mails = [];
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

    public void AddRange(IEnumerable<DocumentMail> mails)
    {
        lock (_gate)
        {
            _mails.AddRange(mails);
        }
    }
}
