using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Integrations;

/// <summary>
/// Delivers one queued webhook event and writes the attempt to the delivery log. A status outside
/// 2xx, a time-out or a refused address is a failure, which the outbox retries with back-off.
/// </summary>
public sealed partial class WebhookDeliveryHandler(
    IdocsDbContext dbContext,
    WebhookHttpClient httpClient,
    TimeProvider clock,
    ILogger<WebhookDeliveryHandler> logger) : IOutboxHandler
{
    public string MessageType => OutboxWebhookPublisher.MessageType;

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var payload = JsonSerializer.Deserialize<WebhookDeliveryPayload>(message.Payload, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty webhook payload.");
        var subscription = await dbContext.Set<WebhookSubscription>()
            .AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.Id == payload.SubscriptionId, cancellationToken)
            .ConfigureAwait(false);
        if (subscription is not { IsActive: true })
        {
            LogSubscriptionGone(payload.SubscriptionId, payload.EventId);
            return Result.Success();
        }

        var attemptNumber = message.Attempts + 1;
        var body = Encoding.UTF8.GetBytes(payload.Body);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventIdHeader, payload.EventId.ToString("D"));
        request.Headers.Add(WebhookSignature.EventTypeHeader, payload.EventType);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(subscription.Secret, timestamp, body));

        var stopwatch = Stopwatch.StartNew();
        int? statusCode = null;
        string? error = null;
        try
        {
            using var response = await httpClient.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"The receiver answered {statusCode}.";
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = exception is TaskCanceledException ? "The delivery timed out." : exception.Message;
        }

        var succeeded = error is null;
        dbContext.Set<WebhookDeliveryAttempt>().Add(new WebhookDeliveryAttempt(
            IdGenerator.NewId(clock),
            subscription.Id,
            subscription.ProfileId,
            payload.EventId,
            payload.EventType,
            attemptNumber,
            clock.GetUtcNow(),
            succeeded,
            statusCode,
            error is null ? null : Truncate(error),
            (int)stopwatch.ElapsedMilliseconds));
        await dbContext.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        if (succeeded)
        {
            LogDelivered(payload.EventId, subscription.Id, attemptNumber);
            return Result.Success();
        }

        LogFailed(payload.EventId, subscription.Id, attemptNumber, error!);
        return Result.Failure(WebhookErrorCodes.DeliveryFailed, $"Webhook {subscription.Id} delivery of event {payload.EventId} failed: {error}");
    }

    private static string Truncate(string error) =>
        error.Length <= WebhookDeliveryAttemptConfiguration.MaxErrorLength ? error : error[..WebhookDeliveryAttemptConfiguration.MaxErrorLength];

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {SubscriptionId} is removed; event {EventId} is dropped")]
    private partial void LogSubscriptionGone(Guid subscriptionId, Guid eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered event {EventId} to webhook {SubscriptionId} on attempt {Attempt}")]
    private partial void LogDelivered(Guid eventId, Guid subscriptionId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of event {EventId} to webhook {SubscriptionId} failed on attempt {Attempt}: {Error}")]
    private partial void LogFailed(Guid eventId, Guid subscriptionId, int attempt, string error);
}
