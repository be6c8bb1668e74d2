using Idocs.Common.Results;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using Idocs.PrintForms.Sections;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;

namespace Idocs.PrintForms.Passports;

/// <summary>
/// Renders a document's passport (паспорт документа) as PDF: the document's identity, every
/// passport event with actor, time and certificate, and the head of the events' hash chain.
/// It prints the chain as given; checking the chain is the documents side's job.
/// </summary>
public sealed class PassportRenderer
{
    private const int MinHashHexLength = 32;
    private const int MaxHashHexLength = 128;

    private readonly PrintFormOptions _options;
    private readonly TimeProvider _clock;

    public PassportRenderer(IOptions<PrintFormOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
    }

    public Result<RenderedPassport> Render(PassportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var zone = RenderSettings.ResolveZone(_options);
        if (!zone.IsSuccess)
        {
            return zone.Error;
        }

        var inputError = InputValidator.Validate(request.Document, request.Language) ?? ValidateEvents(request);
        if (inputError is not null)
        {
            return inputError;
        }

        var formatting = new PrintFormatting(PrintLabels.For(request.Language), zone.Value, _clock.GetUtcNow());
        var labels = formatting.Labels;

        using var output = new PdfDocument();
        output.Info.Title = $"{labels[LabelKeys.PassportTitle]}: {request.Document.Title}";
        output.Info.Creator = "Idocs";

        using (var writer = new Layout.SheetWriter(output))
        {
            writer.StartPage();
            writer.Title(labels[LabelKeys.PassportTitle]);
            DocumentDetailsSection.Draw(writer, request.Document, formatting);
            PassportEventsSection.Draw(writer, request.Events, request.ChainHeadHex, formatting);
            writer.DrawFooters(pageNumber => formatting.Footer(request.Document, pageNumber, output.PageCount));
        }

        var pageCount = output.PageCount;
        using var stream = new MemoryStream();
        output.Save(stream, closeStream: false);
        return new RenderedPassport(stream.ToArray(), pageCount);
    }

    private static Error? ValidateEvents(PassportRequest request)
    {
        if (request.Events is null)
        {
            return Invalid("The passport's event list is missing; pass an empty list when there are no events.");
        }

        if (!IsHash(request.ChainHeadHex))
        {
            return Invalid($"Hash chain head '{request.ChainHeadHex}' is invalid: expected {MinHashHexLength} to {MaxHashHexLength} hexadecimal digits.");
        }

        long previous = 0;
        foreach (var passportEvent in request.Events)
        {
            if (passportEvent is null)
            {
                return Invalid($"A passport event after sequence {previous} is missing.");
            }

            if (passportEvent.Sequence <= previous)
            {
                return Invalid($"Passport event {passportEvent.Sequence} follows event {previous}: events must be in increasing sequence order.");
            }

            if (string.IsNullOrWhiteSpace(passportEvent.ActorName))
            {
                return Invalid($"Passport event {passportEvent.Sequence} has no actor name.");
            }

            if (!Enum.IsDefined(passportEvent.Action))
            {
                return Invalid($"Passport event {passportEvent.Sequence} has an unknown action {(int)passportEvent.Action}.");
            }

            if (!IsHash(passportEvent.EventHash))
            {
                return Invalid($"Hash '{passportEvent.EventHash}' of passport event {passportEvent.Sequence} is invalid: expected {MinHashHexLength} to {MaxHashHexLength} hexadecimal digits.");
            }

            previous = passportEvent.Sequence;
        }

        return null;
    }

    private static bool IsHash(string? hex) =>
        hex is { Length: >= MinHashHexLength and <= MaxHashHexLength } && hex.Length % 2 == 0 && hex.All(char.IsAsciiHexDigit);

    private static Error Invalid(string message) => new(CommonErrorCodes.InvalidInput, message);
}
