using Idocs.Documents.Authentication.Challenges;

namespace Idocs.Documents.Profiles;

/// <summary>A registration: the signed registration challenge plus the fields the user completed.</summary>
/// <param name="Response">The signed response to a challenge issued for registration.</param>
/// <param name="Kind">The profile type the user chose.</param>
/// <param name="Name">The profile's name; defaults to the organisation (company) or the person's name.</param>
/// <param name="Email">The profile's email; defaults to the certificate's email.</param>
public sealed record RegistrationRequest(ChallengeResponse Response, ProfileKind Kind, string? Name = null, string? Email = null);
