namespace Idocs.Documents.Authentication.Sessions;

/// <summary>A session just started: the token goes to the browser (in a secure, HTTP-only cookie) and is never stored.</summary>
public sealed record OpenedSession(string Token, Session Session);
