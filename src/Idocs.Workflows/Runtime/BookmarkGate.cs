namespace Idocs.Workflows.Runtime;

/// <summary>
/// Who may resume a bookmark: any listed user, any holder of a listed role or right. A system-only
/// gate admits just <see cref="Actor.System"/>.
/// </summary>
public sealed record BookmarkGate
{
    public IReadOnlyList<string> UserIds { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Rights { get; init; } = [];

    public bool SystemOnly { get; init; }

    public static BookmarkGate ForSystem { get; } = new() { SystemOnly = true };

    public bool Admits(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (SystemOnly)
        {
            return actor.IsSystem;
        }

        return UserIds.Contains(actor.UserId, StringComparer.Ordinal)
            || Roles.Any(actor.Roles.Contains)
            || Rights.Any(actor.Rights.Contains);
    }
}
