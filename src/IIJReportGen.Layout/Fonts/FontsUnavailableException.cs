namespace IIJReportGen.Layout;

/// <summary>No font of a style's families can be loaded, not even a bundled one: the program's <c>fonts</c> folder is missing or unreadable (a fault of the installation, not of the input).</summary>
public sealed class FontsUnavailableException(IReadOnlyList<string> families, string bundledFolder)
    : IOException($"None of the font families {string.Join(", ", families)} can be loaded: the bundled fonts folder '{bundledFolder}' is missing or unreadable. Reinstall iijreport with its fonts folder.")
{
    public string BundledFolder { get; } = bundledFolder;
}
