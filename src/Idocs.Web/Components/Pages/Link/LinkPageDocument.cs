using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Web.Components.Pages.Link;

/// <summary>What the link page shows: the document the link opens and who sent it.</summary>
public sealed record LinkPageDocument(
    string SenderName,
    string Title,
    string Number,
    DateOnly Date,
    DocumentStatus Status,
    string RecipientName,
    IReadOnlyList<DocumentFile> Files,
    DateTimeOffset LinkExpiresAt);
