namespace Idocs.Documents.Integrations.OneC;

/// <summary>The accounting documents a 1C module sends to the platform.</summary>
public enum OneCDocumentType
{
    /// <summary>Акт выполненных работ (оказанных услуг).</summary>
    ActOfCompletedWork,

    /// <summary>Счёт на оплату.</summary>
    Invoice,

    /// <summary>Накладная на отпуск запасов на сторону.</summary>
    Waybill,
}
