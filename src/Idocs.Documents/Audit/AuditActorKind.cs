namespace Idocs.Documents.Audit;

public enum AuditActorKind
{
    /// <summary>A person working in the profile.</summary>
    Person,

    /// <summary>A platform support agent.</summary>
    PlatformSupport,

    /// <summary>The platform itself, for example when an invited employee joins at login.</summary>
    System,
}
