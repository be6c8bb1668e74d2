namespace Idocs.Web.Components.Pages.Inbox;

/// <summary>One line of the mass action's result table.</summary>
public sealed record MassResultRow(Guid DocumentId, string Number, string Title, bool Succeeded, string Text);
