using System.Globalization;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Designer;

/// <summary>Draws on the designer canvas the way a person does: palette clicks, port drags and node clicks.</summary>
public sealed class CanvasDriver(IPage page)
{
    public ILocator Canvas => page.GetByTestId("canvas");

    public ILocator Node(string activityId) => page.Locator($"[data-testid='canvas'] g.x6-node[data-cell-id='{activityId}']");

    public async Task WaitReadyAsync()
    {
        await page.Locator("[data-testid='canvas'][data-state='ready']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
    }

    /// <summary>Waits until the circuit is interactive and the canvas is mounted; clicks before that are lost.</summary>
    public async Task WaitMountedAsync()
    {
        await page.Locator("[data-testid='canvas'][data-state]:not([data-state='empty'])").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
    }

    public async Task NewRouteAsync(string definitionId)
    {
        await WaitMountedAsync();
        await page.GetByTestId("new-id").FillAsync(definitionId);
        await page.GetByTestId("new-route").ClickAsync();
        await Assertions.Expect(page.GetByTestId("draft-name")).ToHaveTextAsync(definitionId);
        await WaitReadyAsync();
        await Assertions.Expect(Node("start")).ToBeVisibleAsync();
    }

    public async Task AddAsync(string type, string expectedId)
    {
        await page.GetByTestId($"palette-{type}").ClickAsync();
        await Assertions.Expect(Node(expectedId)).ToBeVisibleAsync();
    }

    /// <summary>Drags from an outcome port of <paramref name="from"/> to the input port of <paramref name="to"/>.</summary>
    public async Task ConnectAsync(string from, string outcome, string to)
    {
        var source = await CenterAsync(Node(from).Locator($"[port='out:{outcome}']"));
        var target = await CenterAsync(Node(to).Locator("[port='in']"));
        await DragAsync(source, target);
    }

    /// <summary>Drags from an outcome port to an empty spot of the canvas, leaving the connection dangling.</summary>
    public async Task DragToBlankAsync(string from, string outcome, float dx, float dy)
    {
        var source = await CenterAsync(Node(from).Locator($"[port='out:{outcome}']"));
        await DragAsync(source, (source.X + dx, source.Y + dy));
    }

    public async Task SelectAsync(string activityId)
    {
        var selected = page.GetByTestId("selected-id");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var box = await BoxAsync(Node(activityId).Locator("rect").First);
            await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + 10);
            if (await selected.CountAsync() > 0 && (await selected.TextContentAsync() ?? string.Empty).Contains(activityId, StringComparison.Ordinal))
            {
                return;
            }

            await page.WaitForTimeoutAsync(300);
        }

        await Assertions.Expect(selected).ToContainTextAsync(activityId);
    }

    /// <summary>Applies the side panel and waits until the saved draft is drawn again.</summary>
    public async Task ApplyAsync()
    {
        var revision = await Canvas.GetAttributeAsync("data-revision");
        await page.GetByTestId("apply-inputs").ClickAsync();
        await Assertions.Expect(Canvas).Not.ToHaveAttributeAsync("data-revision", revision ?? string.Empty);
    }

    /// <summary>Waits until the draft's revision stays the same for a moment, so no committed change is still being saved.</summary>
    public async Task WaitSavedAsync()
    {
        var last = await Canvas.GetAttributeAsync("data-revision");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            var current = await Canvas.GetAttributeAsync("data-revision");
            if (current == last)
            {
                return;
            }

            last = current;
        }
    }

    public async Task FitAsync() => await page.GetByTestId("fit").ClickAsync();

    private static async Task<(float X, float Y)> CenterAsync(ILocator locator)
    {
        var box = await BoxAsync(locator);
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    /// <summary>Finds where an element is drawn. Applying the side panel redraws the canvas, so an element found a moment ago may be replaced.</summary>
    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Assertions.Expect(locator).ToBeVisibleAsync();
            var box = await locator.BoundingBoxAsync(new LocatorBoundingBoxOptions { Timeout = 2000 });
            if (box is not null)
            {
                return box;
            }
        }

        throw new InvalidOperationException($"{locator} is not drawn.");
    }

    private async Task DragAsync((float X, float Y) from, (float X, float Y) to)
    {
        await page.Mouse.MoveAsync(from.X, from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((from.X + to.X) / 2, (from.Y + to.Y) / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(to.X, to.Y, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    public static string Format(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
