namespace IIJReportGen.Templating;

/// <summary>Settings of one rendering; the defaults suit the bundled templates.</summary>
/// <param name="InlineXbrl">Whether number helpers emit Inline XBRL tags; null means: only for the TDnet summaries (<see cref="InlineXbrlDocuments"/>).</param>
/// <param name="LoopLimit">The most iterations one loop may run (a runaway loop fails with this number in the error).</param>
/// <param name="RecursiveLimit">The deepest nesting of includes and function calls.</param>
/// <param name="OutputLimit">The largest document, in characters.</param>
/// <param name="Timeout">The longest a rendering may take (a template that computes for ever is stopped).</param>
/// <param name="Folder">Where the document is written, relative to the output folder ("" for the output folder itself; the
/// TDnet package's "XBRLData/Summary"): its links to the stylesheet and the taxonomy are relative to it.</param>
/// <param name="Draft">A draft: a figure the dataset has no value for is shown as a visible placeholder (<c>[TotalRevenues 1H14]</c>)
/// instead of stopping the rendering (untagged, and the summary need not show every fact of its form), and a trend that
/// cannot be read is "missing".</param>
public sealed record RenderOptions(bool? InlineXbrl = null, int LoopLimit = 10_000, int RecursiveLimit = 64, int OutputLimit = 16 * 1024 * 1024, TimeSpan? Timeout = null, string Folder = "", bool Draft = false)
{
    /// <summary>The documents whose figures are also their Inline XBRL facts: the TDnet summaries, one per language, each
    /// filling the one form of templates/tdnet/.</summary>
    public static readonly IReadOnlyList<string> InlineXbrlDocuments = ["tse-summary", "tanshin"];

    /// <summary>The summary TDnet receives, rendered again for its package (XBRLData/Summary): the Japanese one, as on TDnet
    /// (the English one stays beside its PDF).</summary>
    public const string PackageDocument = "tanshin";

    public static RenderOptions Default { get; } = new();

    /// <summary>Whether the given document is rendered with Inline XBRL tags.</summary>
    public bool TagsFacts(string document) => InlineXbrl ?? InlineXbrlDocuments.Contains(document);

    public TimeSpan TimeLimit => Timeout ?? TimeSpan.FromSeconds(60);
}
