namespace Idocs.Web.Api.Accounts;

/// <summary>A registration: the signed registration challenge and the profile kind (company, soleProprietor or individual).</summary>
public sealed record RegistrationBody(
    Guid? ChallengeId,
    string? SignedXml,
    string? SignedCms,
    string? CertificateThumbprint,
    string? Kind,
    string? Name,
    string? Email);
