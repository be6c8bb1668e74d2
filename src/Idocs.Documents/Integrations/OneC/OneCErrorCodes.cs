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
}
