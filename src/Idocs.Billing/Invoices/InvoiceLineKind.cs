namespace Idocs.Billing.Invoices;

public enum InvoiceLineKind
{
    /// <summary>The plan's monthly fee for the days it was in force.</summary>
    PlanFee,

    /// <summary>The internal storage package's monthly fee for the days it was in force.</summary>
    StoragePackage,

    /// <summary>External documents and package files sent, at one tariff.</summary>
    ExternalDocuments,
}
