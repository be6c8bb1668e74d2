namespace Idocs.Documents.Integrations.OneC;

public static class OneCErrorCodes
{
    /// <summary>The type code is not one of <see cref="OneCTypeMapping.Codes"/>.</summary>
    public const string UnknownType = "onec.unknown_type";

    /// <summary>The 1C id is empty, longer than allowed or has control characters.</summary>
    public const string InvalidOneCId = "onec.invalid_onec_id";

    /// <summary>No document of the company carries this 1C id.</summary>
    public const string DocumentNotFound = "onec.document_not_found";

    /// <summary>The document was not made from a template the 1C module loads.</summary>
    public const string NotLoadable = "onec.not_loadable";

    /// <summary>The person who issued the token (or the signed-in person) is not an active employee of the company.</summary>
    public const string NoActingEmployee = "onec.no_acting_employee";

    /// <summary>A state-changing 1C call came without an <c>Idempotency-Key</c> header.</summary>
    public const string IdempotencyKeyRequired = "onec.idempotency_key_required";

    /// <summary>The company already has a live document with this 1C id; poll it or upload under another id.</summary>
    public const string DuplicateOneCId = "onec.duplicate_onec_id";

    /// <summary>The cursor was not one the change feed returned.</summary>
    public const string InvalidCursor = "onec.invalid_cursor";
}
