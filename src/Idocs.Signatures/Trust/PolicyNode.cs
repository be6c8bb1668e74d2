namespace Idocs.Signatures.Trust;

/// <summary>A node of <see cref="PolicyTree"/>.</summary>
internal sealed class PolicyNode(string validPolicy, HashSet<string> expectedPolicies, PolicyNode? parent)
{
    public string ValidPolicy { get; } = validPolicy;

    public HashSet<string> ExpectedPolicies { get; set; } = expectedPolicies;

    public PolicyNode? Parent { get; } = parent;

    public List<PolicyNode> Children { get; } = [];

    public PolicyNode AddChild(string policy, HashSet<string> expected)
    {
        var child = new PolicyNode(policy, expected, this);
        Children.Add(child);
        return child;
    }
}
