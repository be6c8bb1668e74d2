namespace Idocs.Documents.Rights;

/// <summary>A person's role in a profile.</summary>
public enum ProfileRole
{
    Employee,

    Moderator,

    Admin,

    /// <summary>The company's first head; exactly one per company.</summary>
    Director,

    /// <summary>The person a sole proprietor or individual profile belongs to; exactly one per such profile.</summary>
    Owner,
}
