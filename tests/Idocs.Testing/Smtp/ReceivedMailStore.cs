using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Idocs.Testing.Smtp;

/// <summary>Keeps every message the server accepts in memory and wakes up tests waiting for one.</summary>
internal sealed class ReceivedMailStore : MessageStore
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedMail> _messages = [];
    private TaskCompletionSource _changed = NewSignal();

    public IReadOnlyList<ReceivedMail> Snapshot()
    {
        lock (_lock)
        {
            return [.. _messages];
        }
    }

    /// <summary>Returns a task that completes when the next message arrives.</summary>
    public Task NextChange()
    {
        lock (_lock)
        {
            return _changed.Task;
        }
    }

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var mail = new ReceivedMail(
            transaction.From.AsAddress(),
            [.. transaction.To.Select(mailbox => mailbox.AsAddress())],
            message);

        TaskCompletionSource changed;
        lock (_lock)
        {
            _messages.Add(mail);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return SmtpResponse.Ok;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
