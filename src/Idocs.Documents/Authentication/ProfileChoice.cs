using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Authentication;

/// <summary>A profile the person may choose after login.</summary>
public sealed record ProfileChoice(Guid ProfileId, string Name, ProfileKind Kind, string IdentificationNumber, ProfileRole Role);
