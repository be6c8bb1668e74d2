using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Integrations.OneC;

public sealed class OneCDocumentMapperTests
{
    private const string BuyerBin = TestDocuments.CounterpartyBin;

    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly IReadOnlyList<DocumentFile> Files =
        [new DocumentFile(new string('a', 64), "act.pdf", DetectedContentType.Pdf, 1024)];

    private static OneCUpload Upload(string type = "act", string oneCId = "9f1c2d3e-0000-4000-8000-000000000001") => new()
    {
        OneCId = oneCId,
        Type = type,
        Number = "АВР-17",
        Date = new DateOnly(2026, 11, 30),
        Amount = 150000.50m,
        Currency = "KZT",
        CounterpartyIdentifier = BuyerBin,
        CounterpartyName = "ТОО Покупатель",
    };

    [Theory]
    [InlineData("act", "Акт выполненных работ (оказанных услуг) № АВР-17 от 30.11.2026")]
    [InlineData("invoice", "Счёт на оплату № АВР-17 от 30.11.2026")]
    [InlineData("WAYBILL", "Накладная на отпуск запасов на сторону № АВР-17 от 30.11.2026")]
    public void ToNewDocument_KnownType_TitlesDocumentAsIn1C(string type, string expectedTitle)
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload(type), Owner, Author, Files);

        Assert.True(document.IsSuccess);
        Assert.Equal(expectedTitle, document.Value.Title);
    }

    [Fact]
    public void ToNewDocument_Act_KeepsOneCIdAndTypeInFreeFields()
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload(), Owner, Author, Files);

        Assert.True(document.IsSuccess);
        Assert.Equal("9f1c2d3e-0000-4000-8000-000000000001", document.Value.FreeFields[OneCTypeMapping.OneCIdField]);
        Assert.Equal("act", document.Value.FreeFields[OneCTypeMapping.OneCTypeField]);
        Assert.Equal(DocumentKind.ExternalOutgoing, document.Value.Kind);
        Assert.Equal(BuyerBin, document.Value.Counterparty!.Identifier);
        Assert.Equal(150000.50m, document.Value.Amount!.Amount);
    }

    [Fact]
    public void ToNewDocument_UnknownType_ReturnsUnknownTypeNamingCodes()
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload("contract"), Owner, Author, Files);

        Assert.Equal(OneCErrorCodes.UnknownType, document.Error?.Code);
        Assert.Contains("act, invoice, waybill", document.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("id\nwith-newline")]
    public void ToNewDocument_BadOneCId_ReturnsInvalidOneCId(string oneCId)
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload(oneCId: oneCId), Owner, Author, Files);

        Assert.Equal(OneCErrorCodes.InvalidOneCId, document.Error?.Code);
    }

    [Fact]
    public void ToNewDocument_OneCIdTooLong_ReturnsInvalidOneCId()
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload(oneCId: new string('x', OneCDocumentMapper.MaxOneCIdLength + 1)), Owner, Author, Files);

        Assert.Equal(OneCErrorCodes.InvalidOneCId, document.Error?.Code);
    }

    [Fact]
    public void ToNewDocument_BadBin_ReturnsInvalidCounterparty()
    {
        var document = OneCDocumentMapper.ToNewDocument(Upload() with { CounterpartyIdentifier = "123456789012" }, Owner, Author, Files);

        Assert.Equal(DocumentErrorCodes.InvalidCounterparty, document.Error?.Code);
    }

    [Fact]
    public void ToStatus_UploadedDocument_ReturnsOneCIdAndStatus()
    {
        var document = Create(OneCDocumentMapper.ToNewDocument(Upload(), Owner, Author, Files));

        var status = OneCDocumentMapper.ToStatus(document);

        Assert.True(status.IsSuccess);
        Assert.Equal("9f1c2d3e-0000-4000-8000-000000000001", status.Value.OneCId);
        Assert.Equal(nameof(DocumentStatus.Draft), status.Value.Status);
    }

    [Fact]
    public void ToStatus_DocumentNotFrom1C_ReturnsDocumentNotFound()
    {
        var input = OneCDocumentMapper.ToNewDocument(Upload(), Owner, Author, Files).Value! with { FreeFields = new Dictionary<string, string>() };

        var status = OneCDocumentMapper.ToStatus(Create(input));

        Assert.Equal(OneCErrorCodes.DocumentNotFound, status.Error?.Code);
    }

    [Theory]
    [InlineData(OneCTypeMapping.GoodsAndServicesReceiptTemplate, "ПоступлениеТоваровУслуг")]
    [InlineData(OneCTypeMapping.OrdinaryInvoiceTemplate, "СчетНаОплатуПоставщика")]
    public void ToIncoming_TemplateDocument_NamesOneCObjectAndKeepsFields(string template, string objectName)
    {
        var document = Create(Incoming(template));

        var incoming = OneCDocumentMapper.ToIncoming(document);

        Assert.True(incoming.IsSuccess);
        Assert.Equal(objectName, incoming.Value.ObjectName);
        Assert.Equal("Склад №2", incoming.Value.Fields["warehouse"]);
        Assert.False(incoming.Value.Fields.ContainsKey(OneCTypeMapping.TemplateField));
        Assert.Equal(BuyerBin, incoming.Value.SupplierIdentifier);
    }

    [Fact]
    public void ToIncoming_NoTemplate_ReturnsNotLoadable()
    {
        var document = Create(Incoming(template: null));

        var incoming = OneCDocumentMapper.ToIncoming(document);

        Assert.Equal(OneCErrorCodes.NotLoadable, incoming.Error?.Code);
    }

    [Fact]
    public void ToIncoming_OutgoingDocument_ReturnsNotLoadable()
    {
        var input = Incoming(OneCTypeMapping.OrdinaryInvoiceTemplate) with { Kind = DocumentKind.ExternalOutgoing };

        var incoming = OneCDocumentMapper.ToIncoming(Create(input));

        Assert.Equal(OneCErrorCodes.NotLoadable, incoming.Error?.Code);
    }

    private static NewDocument Incoming(string? template)
    {
        var fields = new Dictionary<string, string> { ["warehouse"] = "Склад №2" };
        if (template is not null)
        {
            fields[OneCTypeMapping.TemplateField] = template;
        }

        return new NewDocument
        {
            OwnerProfileId = Owner,
            Kind = DocumentKind.ExternalIncoming,
            Number = "ПТУ-5",
            Date = new DateOnly(2026, 12, 1),
            Title = "Поступление",
            AuthorId = Author,
            Files = Files,
            Counterparty = Counterparty.Create(CounterpartyIdentifierKind.Bin, BuyerBin, "ТОО Поставщик").Value,
            FreeFields = fields,
        };
    }

    private static Document Create(Result<NewDocument> input)
    {
        Assert.True(input.IsSuccess);
        return Create(input.Value);
    }

    private static Document Create(NewDocument input)
    {
        var document = Document.Create(input, Guid.NewGuid(), DateTimeOffset.UtcNow);
        Assert.True(document.IsSuccess, document.Error?.Message);
        return document.Value;
    }
}
