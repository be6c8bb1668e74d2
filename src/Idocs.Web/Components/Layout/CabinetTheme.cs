using MudBlazor;

namespace Idocs.Web.Components.Layout;

/// <summary>The cabinet's colours and type: a calm blue business palette on a light background.</summary>
public static class CabinetTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4ed8",
            Secondary = "#0f766e",
            AppbarBackground = "#1e3a8a",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "DejaVu Sans", "Arial", "sans-serif"] },
        },
    };
}
