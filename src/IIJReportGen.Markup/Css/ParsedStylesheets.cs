using System.Collections.Concurrent;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>What reading one stylesheet text gives: its rules (ordered from 0), its @page declarations, its findings in the order
/// they were made, and how many rule orders it used.</summary>
internal sealed record StylesheetReading(IReadOnlyList<StyleRule> Rules, IReadOnlyList<StyleDeclaration> PageDeclarations, IReadOnlyList<Diagnostic> Findings, int Orders);

/// <summary>
/// Each stylesheet text is read once per process: every dataset of a batch, and every rebuild of <c>watch</c>, lays out its
/// documents with the same style.css, and reading it (AngleSharp parses each selector and declaration) costs as much each
/// time. Keyed by the text and where it sits (the findings name that place); thread-safe, as the documents are built at
/// once. What is kept is read-only: the rules and AngleSharp's values are only ever read.
/// </summary>
internal static class ParsedStylesheets
{
    /// <summary>A few documents' stylesheets and their edits; beyond that the cache starts over (watch edits them all day).</summary>
    private const int Capacity = 64;

    private static readonly ConcurrentDictionary<(string Text, string File, int Line, int Column, bool UserAgent), Lazy<StylesheetReading>> Readings = new();

    public static StylesheetReading Of(CssSource source, bool userAgent)
    {
        if (Readings.Count >= Capacity)
            Readings.Clear();
        return Readings.GetOrAdd((source.Text, source.FileName, source.FirstLine, source.FirstColumn, userAgent),
            _ => new Lazy<StylesheetReading>(() => StylesheetReader.ReadAlone(source, userAgent))).Value;
    }
}
