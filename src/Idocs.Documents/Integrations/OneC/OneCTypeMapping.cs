using System.Globalization;

namespace Idocs.Documents.Integrations.OneC;

/// <summary>
/// Maps the type codes of the 1C API to document types and back, and names the free fields in
/// which a document keeps its 1C identity. The codes are part of the public API: never rename one.
/// </summary>
public static class OneCTypeMapping
{
    /// <summary>Free field with the id of the 1C object, usually the reference's UUID.</summary>
    public const string OneCIdField = "1c.id";

    /// <summary>Free field with the 1C type code, for example <c>act</c>.</summary>
    public const string OneCTypeField = "1c.type";

    /// <summary>
    /// Free field with the template an incoming document was made from; the 1C module loads only
    /// documents made from <see cref="GoodsAndServicesReceiptTemplate"/> or <see cref="OrdinaryInvoiceTemplate"/>.
    /// </summary>
    public const string TemplateField = "template";

    public const string GoodsAndServicesReceiptTemplate = "goods_services_receipt";

    public const string OrdinaryInvoiceTemplate = "ordinary_invoice";

    private static readonly Dictionary<string, OneCDocumentType> TypesByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["act"] = OneCDocumentType.ActOfCompletedWork,
        ["invoice"] = OneCDocumentType.Invoice,
        ["waybill"] = OneCDocumentType.Waybill,
    };

    public static IReadOnlyCollection<string> Codes => TypesByCode.Keys;

    public static bool TryParse(string? code, out OneCDocumentType type) =>
        TypesByCode.TryGetValue(code?.Trim() ?? string.Empty, out type);

    public static string ToCode(OneCDocumentType type) => type switch
    {
        OneCDocumentType.ActOfCompletedWork => "act",
        OneCDocumentType.Invoice => "invoice",
        OneCDocumentType.Waybill => "waybill",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown 1C document type."),
    };

    /// <summary>Returns the Russian document title 1C prints for the type, with number and date.</summary>
    public static string Title(OneCDocumentType type, string number, DateOnly date)
    {
        var name = type switch
        {
            OneCDocumentType.ActOfCompletedWork => "Акт выполненных работ (оказанных услуг)",
            OneCDocumentType.Invoice => "Счёт на оплату",
            OneCDocumentType.Waybill => "Накладная на отпуск запасов на сторону",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown 1C document type."),
        };
        return $"{name} № {number} от {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Returns the name of the 1C document object the module creates from an incoming document made
    /// from <paramref name="template"/>, or null when the module does not load such documents.
    /// </summary>
    public static string? IncomingObjectName(string? template) => template switch
    {
        GoodsAndServicesReceiptTemplate => "ПоступлениеТоваровУслуг",
        OrdinaryInvoiceTemplate => "СчетНаОплатуПоставщика",
        _ => null,
    };
}
