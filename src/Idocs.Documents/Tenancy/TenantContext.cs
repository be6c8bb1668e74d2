namespace Idocs.Documents.Tenancy;

/// <summary>The tenant context of one request or job; register it scoped.</summary>
public sealed class TenantContext : ITenantContext
{
    public Guid? ProfileId { get; private set; }

    /// <summary>Sets the profile of a validated session; call once per request.</summary>
    public void Set(Guid? profileId) => ProfileId = profileId;

    public IDisposable EnterProfile(Guid profileId)
    {
        if (profileId == Guid.Empty)
        {
            throw new ArgumentException("The profile id is empty.", nameof(profileId));
        }

        var previous = ProfileId;
        ProfileId = profileId;
        return new Scope(this, previous);
    }

    private sealed class Scope(TenantContext context, Guid? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                context.ProfileId = previous;
                _disposed = true;
            }
        }
    }
}
