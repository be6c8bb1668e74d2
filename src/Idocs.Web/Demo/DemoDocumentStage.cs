namespace Idocs.Web.Demo;

/// <summary>How far the demo seed drives a demo document's route.</summary>
public enum DemoDocumentStage
{
    /// <summary>Uploaded, no route.</summary>
    Draft,

    /// <summary>The route waits for the approver.</summary>
    OnApproval,

    /// <summary>Approved; the route waits for the signer (for company A, the demo director).</summary>
    WaitingForSignature,

    /// <summary>Signed by the sender and emailed to an unregistered counterparty as a link.</summary>
    SignedAndSent,

    /// <summary>Delivered to a registered counterparty, which has neither signed nor rejected yet.</summary>
    Delivered,

    /// <summary>Signed by the sender and by the counterparty.</summary>
    SignedByAllParties,

    /// <summary>Signed by the sender and rejected by the counterparty with a reason.</summary>
    Rejected,
}
