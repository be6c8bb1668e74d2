namespace Idocs.Web.Components.Pages.Inbox;

/// <summary>Where a mass action is: checking the selection on the server, signing in the browser, or sending the batch.</summary>
public enum MassPhase
{
    Idle,
    Checking,
    Signing,
    Sending,
}
