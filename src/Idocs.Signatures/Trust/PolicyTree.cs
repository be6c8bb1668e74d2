namespace Idocs.Signatures.Trust;

/// <summary>
/// The valid_policy_tree of RFC 5280 section 6.1: one level per certificate in the path, each
/// node holding a valid policy and the policies it is expected to match in the next certificate.
/// </summary>
internal sealed class PolicyTree
{
    private readonly List<List<PolicyNode>> _levels = [];

    private PolicyTree()
    {
        _levels.Add([new PolicyNode(CertificateExtensions.AnyPolicy, [CertificateExtensions.AnyPolicy], null)]);
    }

    public static PolicyTree CreateInitial() => new();

    public int Depth => _levels.Count - 1;

    public IReadOnlyList<PolicyNode> NodesAt(int depth) => depth < _levels.Count ? _levels[depth] : [];

    /// <summary>
    /// Adds level <c>i</c> for a certificate's policies (RFC 5280 6.1.3 d.1 and d.2). Returns false
    /// when the tree became empty after pruning.
    /// </summary>
    public bool AddCertificatePolicies(IReadOnlyList<string> policies, bool processAnyPolicy)
    {
        var parents = _levels[^1];
        var level = new List<PolicyNode>();
        _levels.Add(level);

        foreach (var policy in policies.Where(p => p != CertificateExtensions.AnyPolicy))
        {
            var matched = false;
            foreach (var parent in parents.Where(n => n.ExpectedPolicies.Contains(policy)))
            {
                level.Add(parent.AddChild(policy, [policy]));
                matched = true;
            }

            if (!matched)
            {
                foreach (var parent in parents.Where(n => n.ValidPolicy == CertificateExtensions.AnyPolicy))
                {
                    level.Add(parent.AddChild(policy, [policy]));
                }
            }
        }

        if (processAnyPolicy && policies.Contains(CertificateExtensions.AnyPolicy))
        {
            foreach (var parent in parents)
            {
                foreach (var expected in parent.ExpectedPolicies)
                {
                    if (!parent.Children.Any(child => child.ValidPolicy == expected))
                    {
                        level.Add(parent.AddChild(expected, [expected]));
                    }
                }
            }
        }

        return Prune();
    }

    /// <summary>Applies policy mappings at the deepest level (RFC 5280 6.1.4 b.1).</summary>
    public void ApplyMappings(IReadOnlyList<(string IssuerDomain, string SubjectDomain)> mappings)
    {
        var level = _levels[^1];
        foreach (var group in mappings.GroupBy(m => m.IssuerDomain))
        {
            var mapped = group.Select(m => m.SubjectDomain).ToHashSet();
            var nodes = level.Where(n => n.ValidPolicy == group.Key).ToList();
            if (nodes.Count > 0)
            {
                foreach (var node in nodes)
                {
                    node.ExpectedPolicies = mapped;
                }

                continue;
            }

            var anyNode = level.FirstOrDefault(n => n.ValidPolicy == CertificateExtensions.AnyPolicy);
            if (anyNode?.Parent is not null)
            {
                level.Add(anyNode.Parent.AddChild(group.Key, mapped));
            }
        }
    }

    /// <summary>Deletes deepest-level nodes whose policy is mapped while mapping is inhibited (RFC 5280 6.1.4 b.2).</summary>
    public bool DeleteMapped(IReadOnlyList<(string IssuerDomain, string SubjectDomain)> mappings)
    {
        var issuerDomains = mappings.Select(m => m.IssuerDomain).ToHashSet();
        foreach (var node in _levels[^1].Where(n => issuerDomains.Contains(n.ValidPolicy)).ToList())
        {
            Remove(node);
        }

        return Prune();
    }

    /// <summary>
    /// Computes the intersection with the user-initial-policy-set (RFC 5280 6.1.5 g.iii). Returns
    /// false when nothing remains.
    /// </summary>
    public bool IntersectWith(IReadOnlySet<string> initialPolicies)
    {
        if (initialPolicies.Contains(CertificateExtensions.AnyPolicy))
        {
            return _levels[^1].Count > 0;
        }

        var validPolicyNodes = _levels.SelectMany(level => level)
            .Where(n => n.Parent?.ValidPolicy == CertificateExtensions.AnyPolicy)
            .ToList();
        foreach (var node in validPolicyNodes)
        {
            if (node.ValidPolicy != CertificateExtensions.AnyPolicy && !initialPolicies.Contains(node.ValidPolicy))
            {
                RemoveSubtree(node);
            }
        }

        var deepest = _levels[^1];
        var anyLeaf = deepest.FirstOrDefault(n => n.ValidPolicy == CertificateExtensions.AnyPolicy);
        if (anyLeaf?.Parent is not null)
        {
            var parent = anyLeaf.Parent;
            Remove(anyLeaf);
            foreach (var policy in initialPolicies)
            {
                if (!deepest.Any(n => n.ValidPolicy == policy))
                {
                    deepest.Add(parent.AddChild(policy, [policy]));
                }
            }
        }

        return Prune();
    }

    /// <summary>The valid policies of the deepest level: the authorities-constrained policy set.</summary>
    public IReadOnlyList<string> LeafPolicies() => _levels[^1].Select(n => n.ValidPolicy).Distinct().ToList();

    private bool Prune()
    {
        for (var depth = _levels.Count - 2; depth >= 0; depth--)
        {
            foreach (var node in _levels[depth].Where(n => n.Children.Count == 0).ToList())
            {
                Remove(node);
            }
        }

        return _levels[0].Count > 0;
    }

    private void RemoveSubtree(PolicyNode node)
    {
        foreach (var child in node.Children.ToList())
        {
            RemoveSubtree(child);
        }

        Remove(node);
    }

    private void Remove(PolicyNode node)
    {
        foreach (var level in _levels)
        {
            if (level.Remove(node))
            {
                break;
            }
        }

        node.Parent?.Children.Remove(node);
    }
}
