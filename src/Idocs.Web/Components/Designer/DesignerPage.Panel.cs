using System.Globalization;
using System.Text.Json;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;
using Microsoft.JSInterop;

namespace Idocs.Web.Components.Designer;

/// <summary>The side panel: edits the selected activity's title, inputs and outgoing connections.</summary>
public sealed partial class DesignerPage
{
    private readonly Dictionary<string, string> _targets = new(StringComparer.Ordinal);

    private void SelectActivity(ActivityDefinition? activity)
    {
        _selected = activity;
        _selectedTitle = activity?.Title;
        _participantInputs.Clear();
        _scalarInputs.Clear();
        _targets.Clear();
        if (activity is null)
        {
            return;
        }

        foreach (var (name, value) in activity.Inputs)
        {
            if (value.ValueKind == JsonValueKind.Array && SelectedDescriptor?.FindInput(name)?.Kind == InputKind.Participants)
            {
                _participantInputs[name] = value.EnumerateArray()
                    .SelectMany(seat => seat.EnumerateObject())
                    .Select(property => new ParticipantRow { Kind = property.Name, Value = property.Value.ToString() })
                    .ToList();
            }
            else
            {
                _scalarInputs[name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString() ?? string.Empty,
                    JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(item => item.ToString())),
                    _ => value.GetRawText(),
                };
            }
        }

        foreach (var connection in _definition?.Connections.Where(connection => connection.From == activity.Id) ?? [])
        {
            _targets.TryAdd(connection.Outcome, connection.To);
        }
    }

    private List<ParticipantRow> ParticipantsOf(string inputName)
    {
        if (!_participantInputs.TryGetValue(inputName, out var rows))
        {
            rows = [];
            _participantInputs[inputName] = rows;
        }

        return rows;
    }

    private string InputText(string inputName) => _scalarInputs.GetValueOrDefault(inputName) ?? string.Empty;

    private void SetInputText(string inputName, string? value) => _scalarInputs[inputName] = value ?? string.Empty;

    private void AppendField(string inputName, string? field)
    {
        if (!string.IsNullOrEmpty(field))
        {
            var current = InputText(inputName);
            SetInputText(inputName, current.Length == 0 ? field : $"{current} {field}");
        }
    }

    private string TargetOf(string outcome) => _targets.GetValueOrDefault(outcome) ?? string.Empty;

    private void SetTarget(string outcome, string? target) => _targets[outcome] = target ?? string.Empty;

    /// <summary>Writes the panel into the definition, saves the draft and redraws the canvas from it.</summary>
    private async Task ApplyInputsAsync()
    {
        if (_selected is null || _definition is null || SelectedDescriptor is not { } descriptor)
        {
            return;
        }

        // The canvas may hold an edit whose commit has not arrived yet; start from what it shows.
        if (_canvas is not null && WorkflowJson.Deserialize(await _canvas.InvokeAsync<string>("getDefinition", Array.Empty<object>())) is { IsSuccess: true } drawn)
        {
            _definition = drawn.Value;
        }

        var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var input in descriptor.Inputs)
        {
            var value = InputValue(input);
            if (value is { } element)
            {
                inputs[input.Name] = element;
            }
        }

        var updated = _selected with { Title = string.IsNullOrWhiteSpace(_selectedTitle) ? null : _selectedTitle.Trim(), Inputs = inputs };
        var others = _definition.Connections.Where(connection => connection.From != _selected.Id);
        var mine = _targets.Where(target => target.Value.Length > 0).Select(target => new ConnectionDefinition(_selected.Id, target.Key, target.Value));
        _definition = _definition with
        {
            Activities = _definition.Activities.Select(activity => activity.Id == updated.Id ? updated : activity).ToList(),
            Connections = others.Concat(mine).ToList(),
        };
        _selected = updated;
        await SaveAsync();
        await LoadCanvasAsync(fit: false);
        await ValidateAsync();
    }

    private JsonElement? InputValue(InputDescriptor input)
    {
        if (input.Kind == InputKind.Participants)
        {
            var seats = ParticipantsOf(input.Name)
                .Where(row => !string.IsNullOrWhiteSpace(row.Value))
                .Select(row => new Dictionary<string, string> { [row.Kind] = row.Value.Trim() })
                .ToList();
            return seats.Count == 0 ? null : JsonSerializer.SerializeToElement(seats);
        }

        var text = InputText(input.Name).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return input.Kind switch
        {
            InputKind.Number or InputKind.WholeNumber when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                => JsonSerializer.SerializeToElement(number),
            InputKind.Boolean when bool.TryParse(text, out var flag) => JsonSerializer.SerializeToElement(flag),
            InputKind.TextList => JsonSerializer.SerializeToElement(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            _ => JsonSerializer.SerializeToElement(text),
        };
    }
}
