namespace Idocs.Workflows.Runtime;

/// <summary>
/// Who performs a command: a user with the roles and rights the caller resolved for the instance's
/// company, or the engine itself (timers, sub-process completion).
/// </summary>
public sealed record Actor
{
    /// <summary>The engine's own actor; only it may resume timer and sub-process bookmarks.</summary>
    public static Actor System { get; } = new() { UserId = "system", IsSystem = true };

    public required string UserId { get; init; }

    public IReadOnlySet<string> Roles { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlySet<string> Rights { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool IsSystem { get; init; }

    public static Actor User(string userId, IEnumerable<string>? roles = null, IEnumerable<string>? rights = null) => new()
    {
        UserId = userId,
        Roles = new HashSet<string>(roles ?? [], StringComparer.Ordinal),
        Rights = new HashSet<string>(rights ?? [], StringComparer.Ordinal),
    };
}
