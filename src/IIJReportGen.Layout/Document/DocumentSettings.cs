namespace IIJReportGen.Layout;

/// <summary>Document-wide choices: the default font fallback chain and where fonts come from.</summary>
public sealed record DocumentSettings
{
    /// <summary>Latin first, then Japanese, then a last resort with wide coverage.</summary>
    public IReadOnlyList<string> FontFamilies { get; init; } = ["Liberation Sans", "IPAexGothic", "DejaVu Sans"];

    public FontLibrary Fonts { get; init; } = FontLibrary.Shared;
}
