using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Verification;

/// <summary>
/// A signature as the verification page shows it. The signer's IIN is left out: the page is open
/// to anyone with the link, and the name, company and BIN identify the signer well enough.
/// </summary>
/// <param name="SignerName">The signer's name from the certificate.</param>
/// <param name="Organisation">The signer's company, if the certificate names one.</param>
/// <param name="Bin">The company's BIN, if any.</param>
/// <param name="SignedAt">The signing time: the timestamp's time when there is one.</param>
/// <param name="Timestamped">True when <paramref name="SignedAt"/> comes from a trusted timestamp.</param>
/// <param name="Status">The validation report's indication.</param>
/// <param name="FileName">The file the signature covers.</param>
public sealed record PublicSignatureView(
    string SignerName,
    string? Organisation,
    string? Bin,
    DateTimeOffset SignedAt,
    bool Timestamped,
    Indication Status,
    string FileName);
