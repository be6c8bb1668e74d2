namespace Idocs.Documents.Integrations.OneC;

/// <summary>The details of an accounting document as the 1C module sends them with its file.</summary>
public sealed record OneCUpload
{
    /// <summary>The 1C object's id, usually its reference UUID; unique per company and type.</summary>
    public required string OneCId { get; init; }

    /// <summary>A type code from <see cref="OneCTypeMapping.Codes"/>.</summary>
    public required string Type { get; init; }

    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code; KZT when absent.</summary>
    public string? Currency { get; init; }

    /// <summary>The buyer's BIN or IIN (12 digits).</summary>
    public required string CounterpartyIdentifier { get; init; }

    public required string CounterpartyName { get; init; }
}
