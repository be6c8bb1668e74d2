namespace Idocs.Documents.Billing;

public static class SendingErrorCodes
{
    /// <summary>
    /// The profile's trial ended without a plan, or its plan was disabled, so billing refuses
    /// external sending. The message names what ended and where to connect a plan. Nothing changed.
    /// </summary>
    public const string SendingBlocked = "documents.sending_blocked";
}
