using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;

namespace Idocs.PrintForms.Passports;

/// <summary>What a passport PDF is rendered from.</summary>
/// <param name="Document">The document's identity and details.</param>
/// <param name="Events">Every passport event in chain order.</param>
/// <param name="ChainHeadHex">The hash chain's head (the last event's chained hash) in hexadecimal.</param>
/// <param name="Language">The labels' language, normally the requesting user's.</param>
public sealed record PassportRequest(
    PrintDocumentInfo Document,
    IReadOnlyList<PassportEvent> Events,
    string ChainHeadHex,
    PrintLanguage Language = PrintLanguage.Russian);
