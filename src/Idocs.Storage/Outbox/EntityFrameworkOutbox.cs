using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Idocs.Common.Ids;
using Idocs.Storage.Persistence;

namespace Idocs.Storage.Outbox;

public sealed class EntityFrameworkOutbox(IdocsDbContext dbContext, TimeProvider clock) : IOutbox
{
    // Payloads are stored, not embedded in HTML, so Cyrillic and Kazakh letters stay readable.
    private static readonly JsonSerializerOptions PayloadJsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public OutboxMessage Enqueue<TPayload>(string type, TPayload payload) =>
        EnqueueJson(type, JsonSerializer.Serialize(payload, PayloadJsonOptions));

    public OutboxMessage EnqueueJson(string type, string jsonPayload)
    {
        if (string.IsNullOrWhiteSpace(type) || type.Length > OutboxMessageConfiguration.MaxTypeLength)
        {
            throw new ArgumentException(
                $"Outbox message type '{type}' must be non-empty and at most {OutboxMessageConfiguration.MaxTypeLength} characters.",
                nameof(type));
        }

        ArgumentNullException.ThrowIfNull(jsonPayload);

        var message = new OutboxMessage(IdGenerator.NewId(clock), type, jsonPayload, clock.GetUtcNow());
        dbContext.OutboxMessages.Add(message);
        return message;
    }
}
