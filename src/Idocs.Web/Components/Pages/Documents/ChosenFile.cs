namespace Idocs.Web.Components.Pages.Documents;

/// <summary>
/// A file chosen in the drop zone, as the browser reports it: the bytes stay in the browser.
/// <see cref="Error"/> is null when the file can be sent, <c>type</c> for a type the platform does
/// not accept, and <c>size</c> for an empty or too large file.
/// </summary>
public sealed record ChosenFile(string Name, long Size, string? Error);
