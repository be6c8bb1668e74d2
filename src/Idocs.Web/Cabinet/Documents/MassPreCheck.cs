namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// The result of checking a selection before a mass action: the plan's per-action limit (null when
/// unlimited) and every document's verdict. <see cref="OverLimit"/> means nothing may be signed.
/// </summary>
public sealed record MassPreCheck(int? Limit, IReadOnlyList<PreCheckItem> Items)
{
    public int ReadyCount => Items.Count(item => item.Verdict == PreCheckVerdict.Ready);

    public bool OverLimit => Limit is { } max && ReadyCount > max;
}
