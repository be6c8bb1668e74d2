using System.Text.Json;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Activities;

/// <summary>The bookmark being resumed with the actor, decision and extra data of the request.</summary>
public sealed record BookmarkResumption(Bookmark Bookmark, Actor Actor, string Decision, JsonElement? Data);
