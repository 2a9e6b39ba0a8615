namespace IIJReportGen.Review.Writers;

/// <summary>Writes a diff report in one of the formats: text (terminals), json (pipelines), html (a redline page).</summary>
public abstract class DiffReportWriter
{
    /// <summary>The formats `--format` accepts.</summary>
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "html"];

    public static DiffReportWriter For(string format) => format switch
    {
        "json" => new JsonDiffWriter(),
        "html" => new HtmlDiffWriter(),
        _ => new TextDiffWriter(),
    };

    public abstract void Write(DiffReport report, TextWriter output);
}
