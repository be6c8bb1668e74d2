namespace Idocs.Signatures.TestPki;

/// <summary>Who a test certificate is issued to, in the fields an NCA certificate carries.</summary>
public sealed record TestPkiSubject
{
    public required TestPkiSubjectKind Kind { get; init; }

    /// <summary>12-digit individual identification number, written as <c>IIN…</c> in serialNumber.</summary>
    public required string Iin { get; init; }

    /// <summary>12-digit business identification number, written as <c>BIN…</c> in OU; required for employees.</summary>
    public string? Bin { get; init; }

    public required string Surname { get; init; }

    public required string GivenName { get; init; }

    /// <summary>Patronymic, which NCA writes into the GIVENNAME attribute.</summary>
    public string? Patronymic { get; init; }

    public string? Organization { get; init; }

    public string? Email { get; init; }

    /// <summary>Roles of an employee; ignored for other kinds.</summary>
    public IReadOnlyList<TestPkiRole> Roles { get; init; } = [];
}
