using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Dispatch;

/// <summary>Creates the receiver's incoming copy of a sent document, in "New incoming" (delivered).</summary>
public static class IncomingCopyFactory
{
    public static Result<Document> Create(Document sent, SenderFacts sender, Guid receiverProfileId, Guid copyId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(sender);

        var senderAsCounterparty = Counterparty.Create(sender.IdentifierKind, sender.Identifier, sender.Name);
        if (!senderAsCounterparty.IsSuccess)
        {
            return senderAsCounterparty.Error;
        }

        return Document.Create(
            new NewDocument
            {
                OwnerProfileId = receiverProfileId,
                Kind = DocumentKind.ExternalIncoming,
                Number = sent.Number,
                Date = sent.Date,
                Title = sent.Title,
                AuthorId = sent.AuthorId,
                Files = sent.Files,
                Amount = sent.Amount,
                Counterparty = senderAsCounterparty.Value,
                FreeFields = sent.FreeFields,
            },
            copyId,
            now);
    }
}
