namespace IIJReportGen.Layout;

/// <summary>Document-wide choices: the default font fallback chain and where fonts come from.</summary>
public sealed record DocumentSettings
{
    /// <summary>Latin first, then Japanese: both bundled, so the default needs no installed font.</summary>
    public IReadOnlyList<string> FontFamilies { get; init; } = ["Liberation Sans", "IPAexGothic"];

    public FontLibrary Fonts { get; init; } = FontLibrary.Shared;

    /// <summary>Marks the logical structure for a tagged PDF: links in text become Link elements, and the PDF gets a structure tree.</summary>
    public bool Tagged { get; init; }
}
