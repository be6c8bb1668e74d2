using Idocs.Common.Ids;

namespace Idocs.Documents.Profiles;

/// <summary>A registered company, sole proprietor or individual: the tenant that owns employees and documents.</summary>
public sealed class Profile
{
    private Profile(Guid id, ProfileKind kind, string identificationNumber, string name, string email, DateTimeOffset registeredAt)
    {
        Id = id;
        Kind = kind;
        IdentificationNumber = identificationNumber;
        Name = name;
        Email = email;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; }

    public ProfileKind Kind { get; }

    /// <summary>The BIN of a company, or the IIN of a sole proprietor or individual; unique across profiles.</summary>
    public string IdentificationNumber { get; }

    public string Name { get; private set; }

    /// <summary>The profile's contact email, where counterparties' notifications go.</summary>
    public string Email { get; private set; }

    public DateTimeOffset RegisteredAt { get; }

    public static Profile Register(ProfileKind kind, string identificationNumber, string name, string email, DateTimeOffset at, TimeProvider clock) =>
        new(IdGenerator.NewId(clock), kind, identificationNumber, name, email, at);

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal Profile Copy() => (Profile)MemberwiseClone();
}
