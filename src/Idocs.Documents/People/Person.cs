using Idocs.Common.Ids;
using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.People;

/// <summary>A human identified by IIN, who may belong to several profiles. Names come from their latest certificate.</summary>
public sealed class Person
{
    private Person(Guid id, string iin, string fullName, string? email, DateTimeOffset createdAt)
    {
        Id = id;
        Iin = iin;
        FullName = fullName;
        Email = email;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public string Iin { get; }

    public string FullName { get; private set; }

    public string? Email { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? LastLoginAt { get; private set; }

    public static Person FromCertificate(VerifiedSigner signer, DateTimeOffset at, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return new Person(IdGenerator.NewId(clock), signer.Iin, signer.FullName, signer.Email, at) { LastLoginAt = at };
    }

    /// <summary>Takes the name and email from the certificate just used, since a new certificate may carry a changed name.</summary>
    public void RecordLogin(VerifiedSigner signer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(signer);
        FullName = signer.FullName;
        Email = signer.Email ?? Email;
        LastLoginAt = at;
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal Person Copy() => (Person)MemberwiseClone();
}
