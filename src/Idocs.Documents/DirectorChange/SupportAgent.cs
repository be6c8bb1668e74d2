namespace Idocs.Documents.DirectorChange;

/// <summary>
/// A platform support agent, authenticated by the support login, which is separate from customers'
/// certificate login. They belong to no profile.
/// </summary>
public sealed record SupportAgent(Guid Id, string Name);
