using Idocs.Documents.Integrations.Webhooks;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Tests.Integrations.Webhooks;

public sealed class DocumentStatusWebhookTests
{
    [Theory]
    [InlineData(DocumentStatus.Draft, DocumentStatus.OnApproval, new[] { WebhookEvents.StatusChanged })]
    [InlineData(DocumentStatus.OnSigning, DocumentStatus.SignedAndSent, new[] { WebhookEvents.StatusChanged, WebhookEvents.DocumentSigned })]
    [InlineData(DocumentStatus.Delivered, DocumentStatus.SignedByAllParties, new[] { WebhookEvents.StatusChanged, WebhookEvents.DocumentSigned })]
    [InlineData(DocumentStatus.OnSigning, DocumentStatus.Delivered, new[] { WebhookEvents.StatusChanged, WebhookEvents.DocumentSigned, WebhookEvents.DocumentDelivered })]
    [InlineData(DocumentStatus.SignedAndSent, DocumentStatus.Delivered, new[] { WebhookEvents.StatusChanged, WebhookEvents.DocumentDelivered })]
    [InlineData(DocumentStatus.OnApproval, DocumentStatus.Rejected, new[] { WebhookEvents.StatusChanged, WebhookEvents.DocumentRejected })]
    public void EventsFor_StatusChange_RaisesMatchingEvents(DocumentStatus previous, DocumentStatus current, string[] expected)
    {
        var events = DocumentStatusWebhook.EventsFor(previous, current);

        Assert.Equal(expected, events);
    }
}
