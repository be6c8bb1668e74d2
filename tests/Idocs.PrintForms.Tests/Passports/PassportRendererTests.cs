using System.Security.Cryptography;
using Idocs.Common.Results;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using Idocs.PrintForms.Passports;
using Idocs.PrintForms.Tests.Support;

namespace Idocs.PrintForms.Tests.Passports;

public sealed class PassportRendererTests
{
    [Fact]
    public void Render_ThreeSigners_ShowsActorsAndKazakhText()
    {
        var request = Request();

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains(SampleDocuments.KazakhLetters, text, StringComparison.Ordinal);
        foreach (var signature in SampleDocuments.ThreeSignatures())
        {
            Assert.Contains(signature.SignerName, text, StringComparison.Ordinal);
            Assert.Contains(signature.Iin!, text, StringComparison.Ordinal);
            Assert.Contains(signature.CertificateSerial, text, StringComparison.Ordinal);
            if (signature.Bin is not null)
            {
                Assert.Contains(signature.Bin, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Render_Events_ListsTimeActionAndHash()
    {
        var request = Request();

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains("1. 01.12.2026 08:00:00 (UTC+00:00) — Документ создан", text, StringComparison.Ordinal);
        Assert.Contains("3. 03.12.2026 06:45:10 (UTC+00:00) — Подписан", text, StringComparison.Ordinal);
        Assert.Contains("4. 03.12.2026 06:46:00 (UTC+00:00) — Отправлен контрагенту", text, StringComparison.Ordinal);
        Assert.Contains("Контрагенту: АО «Іле Сервис»", text, StringComparison.Ordinal);
        foreach (var passportEvent in request.Events)
        {
            Assert.Contains(passportEvent.EventHash[..40], Compact(text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ChainHead_IsPrintedWhole()
    {
        var request = Request();

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains("Вершина цепочки хешей", text, StringComparison.Ordinal);
        Assert.Contains(request.ChainHeadHex, Compact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrintLanguage.Russian, "Паспорт документа", "История действий")]
    [InlineData(PrintLanguage.Kazakh, "Құжат паспорты", "Әрекеттер тарихы")]
    [InlineData(PrintLanguage.English, "Document passport", "History of actions")]
    public void Render_Language_UsesThatLanguagesLabels(PrintLanguage language, string title, string heading)
    {
        var request = Request() with { Language = language };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(heading, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryAction_HasALabelInKazakh()
    {
        var actions = Enum.GetValues<PassportAction>();
        var template = SampleDocuments.PassportEvents()[0];
        var events = actions.Select((action, index) => template with { Sequence = index + 1, Action = action }).ToList();
        var request = Request() with { Events = events, Language = PrintLanguage.Kazakh };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains("Қол қойылды", text, StringComparison.Ordinal);
        Assert.Contains("Кері қайтарылды", text, StringComparison.Ordinal);
        Assert.Contains("Басқа әрекет", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HundredEvents_SpansPages()
    {
        var template = SampleDocuments.PassportEvents()[1];
        var events = Enumerable.Range(1, 100)
            .Select(sequence => template with { Sequence = sequence, EventHash = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(sequence))) })
            .ToList();
        var request = Request() with { Events = events, ChainHeadHex = events[^1].EventHash };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.True(result.Value.PageCount > 5, $"100 events fit on {result.Value.PageCount} pages.");
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains("100. 02.12.2026 10:15:03 (UTC+00:00)", text, StringComparison.Ordinal);
        Assert.Contains($"страница {result.Value.PageCount} из {result.Value.PageCount}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoEvents_SaysPassportIsEmpty()
    {
        var request = Request() with { Events = [] };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains("В паспорте нет событий.", PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EventsOutOfOrder_ReturnsInvalidInput()
    {
        var events = SampleDocuments.PassportEvents().Reverse().ToList();
        var request = Request() with { Events = events };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error.Code);
        Assert.Contains("increasing sequence order", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MalformedChainHead_ReturnsInvalidInput()
    {
        var request = Request() with { ChainHeadHex = "not-a-hash" };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error.Code);
    }

    [Fact]
    public void Render_EventWithoutActor_ReturnsInvalidInput()
    {
        var events = SampleDocuments.PassportEvents().ToList();
        events[2] = events[2] with { ActorName = " " };
        var request = Request() with { Events = events };

        var result = SampleDocuments.PassportRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Contains("event 3", result.Error.Message, StringComparison.Ordinal);
    }

    private static PassportRequest Request()
    {
        var original = TestFiles.Read("sigex-ddc__embed-landscape.pdf");
        var events = SampleDocuments.PassportEvents();
        return new PassportRequest(
            SampleDocuments.Document(original, "act.pdf", "application/pdf"),
            events,
            SampleDocuments.ChainHead(events));
    }

    // Hashes wrap across lines; the extracted text joins the lines without separators already.
    private static string Compact(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);
}
