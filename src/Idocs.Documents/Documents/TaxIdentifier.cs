using Idocs.Signatures.Certificates;

namespace Idocs.Documents.Documents;

/// <summary>
/// Checks the form of a counterparty's BIN or IIN: 12 digits with a check digit, as
/// <see cref="KazakhIdentifiers.HasValidChecksum"/> defines it.
/// </summary>
public static class TaxIdentifier
{
    public static bool IsValid(string? value) => KazakhIdentifiers.HasValidChecksum(value);
}
