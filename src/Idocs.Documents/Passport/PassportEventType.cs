namespace Idocs.Documents.Passport;

/// <summary>
/// Stable type codes of passport events, numbered by group: 1xx document, 2xx route, 3xx approval,
/// 4xx signature, 5xx exchange with the counterparty, 6xx rejection, 7xx reminders, 8xx downloads,
/// 9xx deletion. Codes are stored; never renumber one.
/// </summary>
public enum PassportEventType
{
    Created = 100,
    Viewed = 101,
    RouteChanged = 200,
    Approved = 300,
    SignatureAccepted = 400,
    Sent = 500,
    Delivered = 501,
    ViewedByCounterparty = 502,
    Rejected = 600,
    Revoked = 601,
    Annulled = 602,
    AnnulmentProposed = 603,
    Reminded = 700,
    Downloaded = 800,
    Deleted = 900,
    DeletionRequested = 901,
}
