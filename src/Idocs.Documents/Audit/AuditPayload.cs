namespace Idocs.Documents.Audit;

/// <summary>
/// The typed details of an audit event. Storage serializes the concrete record as JSON together with
/// its type name and <see cref="SchemaVersion"/>; a change to a payload's fields is a new version.
/// </summary>
public abstract record AuditPayload
{
    public virtual int SchemaVersion => 1;
}
