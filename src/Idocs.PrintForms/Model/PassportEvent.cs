namespace Idocs.PrintForms.Model;

/// <summary>One entry of a document's passport, the append-only and hash-chained history of actions.</summary>
/// <param name="Sequence">The event's position in the document's chain, starting at 1.</param>
/// <param name="OccurredAt">When the action happened.</param>
/// <param name="Action">What happened.</param>
/// <param name="Details">Free text the documents side adds, already in the reader's language, for example a rejection reason.</param>
/// <param name="ActorName">Who acted: the person's full name.</param>
/// <param name="ActorIin">The actor's IIN, if known.</param>
/// <param name="ActorOrganisation">The actor's company and its BIN, if the actor acted for one.</param>
/// <param name="CertificateSerial">Serial number of the certificate the actor used, if the action was signed.</param>
/// <param name="CertificateIssuer">Issuer of that certificate.</param>
/// <param name="EventHash">The event's hash in the chain, in hexadecimal.</param>
public sealed record PassportEvent(
    long Sequence,
    DateTimeOffset OccurredAt,
    PassportAction Action,
    string? Details,
    string ActorName,
    string? ActorIin,
    string? ActorOrganisation,
    string? CertificateSerial,
    string? CertificateIssuer,
    string EventHash);
