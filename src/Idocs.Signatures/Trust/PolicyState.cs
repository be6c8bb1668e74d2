using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// The policy-related state variables of RFC 5280 section 6.1 (explicit_policy,
/// inhibit_anyPolicy, policy_mapping and the valid_policy_tree) and the steps that change them.
/// Each step returns an error text, or null when the path may go on.
/// </summary>
internal sealed class PolicyState
{
    private readonly int _pathLength;
    private PolicyTree? _tree = PolicyTree.CreateInitial();
    private int _explicitPolicy;
    private int _inhibitAnyPolicy;
    private int _policyMapping;

    public PolicyState(PathValidationSettings settings, int pathLength)
    {
        _pathLength = pathLength;
        _explicitPolicy = settings.InitialExplicitPolicy ? 0 : pathLength + 1;
        _inhibitAnyPolicy = settings.InitialAnyPolicyInhibit ? 0 : pathLength + 1;
        _policyMapping = settings.InitialPolicyMappingInhibit ? 0 : pathLength + 1;
    }

    /// <summary>The authorities-constrained policy set after <see cref="WrapUp"/>; empty when the tree is null.</summary>
    public IReadOnlyList<string> ConstrainedPolicies { get; private set; } = [];

    /// <summary>RFC 5280 6.1.3 (d) to (f) for certificate <paramref name="index"/> (0-based).</summary>
    public string? ProcessCertificate(X509Certificate certificate, int index)
    {
        var policies = CertificateExtensions.GetPolicies(certificate);
        if (policies is null)
        {
            _tree = null;
        }
        else if (_tree is not null)
        {
            var isLast = index == _pathLength - 1;
            var processAny = _inhibitAnyPolicy > 0 || (!isLast && CertificateExtensions.IsSelfIssued(certificate));
            if (!_tree.AddCertificatePolicies(policies, processAny))
            {
                _tree = null;
            }
        }

        if (_explicitPolicy <= 0 && _tree is null)
        {
            return "no acceptable certificate policy remains while an explicit policy is required";
        }

        return null;
    }

    /// <summary>RFC 5280 6.1.4 (a), (b), (h), (i) and (j) for an intermediate certificate.</summary>
    public string? PrepareNext(X509Certificate certificate)
    {
        var mappings = CertificateExtensions.GetPolicyMappings(certificate);
        if (mappings is not null)
        {
            if (mappings.Any(m => m.IssuerDomain == CertificateExtensions.AnyPolicy || m.SubjectDomain == CertificateExtensions.AnyPolicy))
            {
                return "policyMappings maps from or to anyPolicy";
            }

            if (_tree is not null)
            {
                if (_policyMapping > 0)
                {
                    _tree.ApplyMappings(mappings);
                }
                else if (!_tree.DeleteMapped(mappings))
                {
                    _tree = null;
                }
            }
        }

        if (!CertificateExtensions.IsSelfIssued(certificate))
        {
            _explicitPolicy = Decrement(_explicitPolicy);
            _policyMapping = Decrement(_policyMapping);
            _inhibitAnyPolicy = Decrement(_inhibitAnyPolicy);
        }

        var constraints = CertificateExtensions.GetPolicyConstraints(certificate);
        if (constraints is { } value)
        {
            if (value.RequireExplicitPolicy is { } require && require < _explicitPolicy)
            {
                _explicitPolicy = require;
            }

            if (value.InhibitPolicyMapping is { } inhibit && inhibit < _policyMapping)
            {
                _policyMapping = inhibit;
            }
        }

        if (CertificateExtensions.GetInhibitAnyPolicy(certificate) is { } skipCerts && skipCerts < _inhibitAnyPolicy)
        {
            _inhibitAnyPolicy = skipCerts;
        }

        return null;
    }

    /// <summary>RFC 5280 6.1.5 (a), (b) and (g) for the target certificate.</summary>
    public string? WrapUp(X509Certificate target, IReadOnlySet<string> initialPolicies)
    {
        _explicitPolicy = Decrement(_explicitPolicy);
        if (CertificateExtensions.GetPolicyConstraints(target) is { RequireExplicitPolicy: 0 })
        {
            _explicitPolicy = 0;
        }

        if (_tree is not null && !_tree.IntersectWith(initialPolicies))
        {
            _tree = null;
        }

        ConstrainedPolicies = _tree?.LeafPolicies() ?? [];
        if (_explicitPolicy > 0 || _tree is not null)
        {
            return null;
        }

        return "the certificate policies of the path do not satisfy the required policies";
    }

    private static int Decrement(int value) => value > 0 ? value - 1 : 0;
}
