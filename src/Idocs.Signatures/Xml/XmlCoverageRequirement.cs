namespace Idocs.Signatures.Xml;

/// <summary>
/// Content a caller requires each signature to cover: the whole document (a <c>URI=""</c>
/// reference, as NCALayer makes by default) or the element with a given ID (covered by a
/// <c>URI=""</c> reference or by a <c>#id</c> reference to it or to an ancestor of it).
/// </summary>
public sealed record XmlCoverageRequirement
{
    private XmlCoverageRequirement(string? elementId) => ElementId = elementId;

    /// <summary>The required element's ID, or null when the whole document is required.</summary>
    public string? ElementId { get; }

    public bool IsWholeDocument => ElementId is null;

    public static XmlCoverageRequirement WholeDocument { get; } = new((string?)null);

    public static XmlCoverageRequirement ElementWithId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new XmlCoverageRequirement(id);
    }

    public override string ToString() => IsWholeDocument ? "the whole document" : $"the element with ID '{ElementId}'";
}
