namespace Idocs.Documents.Flow;

/// <summary>Why a document action on the route was refused. A refused action changes nothing.</summary>
public static class FlowErrorCodes
{
    /// <summary>The document has no running route; start one first.</summary>
    public const string NoActiveRoute = "flow.no_active_route";

    /// <summary>A route is already running for the document; reject or finish it before starting another.</summary>
    public const string RouteAlreadyRunning = "flow.route_already_running";

    /// <summary>Only the author or an editor may start a route or send a reminder.</summary>
    public const string NotAllowed = "flow.not_allowed";

    /// <summary>Neither stages nor a route template were given, or both were.</summary>
    public const string RouteChoiceInvalid = "flow.route_choice_invalid";

    /// <summary>The route does not wait for a counterparty now.</summary>
    public const string NotAwaitingCounterparty = "flow.not_awaiting_counterparty";

    /// <summary>The action kept conflicting with concurrent changes of the same document.</summary>
    public const string TooManyConflicts = "flow.too_many_conflicts";
}
