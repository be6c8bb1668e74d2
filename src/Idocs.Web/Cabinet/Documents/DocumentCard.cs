using Idocs.Documents.Documents;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>Everything the document page shows: the document, its route, passport and signatures, and what this person may do.</summary>
public sealed record DocumentCard(
    Document Document,
    string? AuthorName,
    IReadOnlyList<RouteStepView> Route,
    IReadOnlyList<PassportLine> Passport,
    IReadOnlyList<SignatureView> Signatures,
    DocumentCardActions Actions);
