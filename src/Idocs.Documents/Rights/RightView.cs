namespace Idocs.Documents.Rights;

/// <summary>One line of "My profile → View rights".</summary>
public sealed record RightView(ProfileRights Right, bool Has, RightSource Source);
