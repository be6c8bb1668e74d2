namespace Idocs.Documents.Signing;

/// <summary>
/// Who the signer is in the accounts domain: the profile they act for and its BIN (company) or IIN
/// (sole proprietor, individual), the person's IIN and name, and their signing rights.
/// </summary>
public sealed record EmployeeSigningFacts
{
    public required Guid EmployeeId { get; init; }

    public required Guid ProfileId { get; init; }

    public required SignerProfileKind ProfileKind { get; init; }

    /// <summary>The company's BIN, or the IIN of a sole proprietor or individual profile.</summary>
    public required string ProfileIdentifier { get; init; }

    public required string Iin { get; init; }

    public required string FullName { get; init; }

    public IReadOnlySet<SigningRight> Rights { get; init; } = new HashSet<SigningRight>();

    /// <summary>Role names that route templates name participants by, for example <c>Accountant</c> or <c>Director</c>.</summary>
    public IReadOnlySet<string> RouteRoles { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
