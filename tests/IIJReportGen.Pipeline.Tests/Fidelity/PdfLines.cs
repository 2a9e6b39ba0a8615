using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IIJReportGen.Pipeline.Tests.Fidelity;

/// <summary>The text of a PDF as PdfPig reads it: words per page, grouped into lines top to bottom.</summary>
internal static partial class PdfLines
{
    /// <summary>Every page's lines; the page header and footer (a line that is the first, or the last, of every page and
    /// reads the same on each once digits are ignored) are left out, so a sentence running over a page break stays whole.</summary>
    public static List<List<string>> Read(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var pages = pdf.GetPages().Select(Lines).ToList();
        if (pages.Count > 1)
        {
            Drop(pages, p => p.Count - 1);
            Drop(pages, _ => 0);
        }
        return pages;
    }

    /// <summary>All lines of all pages as one string, joined by a space, or by nothing after a line that ends in a
    /// hyphen after a letter ("outsourcing-" + "related": the engine breaks lines after hyphens).</summary>
    public static string Joined(IEnumerable<List<string>> pages) =>
        string.Concat(pages.SelectMany(p => p).Select(l => Hyphenated().IsMatch(l) ? l : l + " ")).TrimEnd();

    /// <summary>Words whose baselines lie within 0.45 em of the line's highest one form a line (so a superscript, or a
    /// cell drawn a hair lower, stays on its line), read left to right.</summary>
    private static List<string> Lines(Page page)
    {
        var lines = new List<List<Word>>();
        foreach (var word in page.GetWords().OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            if (lines.Count == 0 || Baseline(lines[^1][0]) - Baseline(word) > 0.45 * Math.Max(Size(lines[^1][0]), Size(word)))
                lines.Add([]);
            lines[^1].Add(word);
        }
        return lines.Select(l => string.Join(" ", l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => word.Letters[0].PointSize;

    private static void Drop(List<List<string>> pages, Func<List<string>, int> index)
    {
        if (pages.Any(p => p.Count == 0))
            return;
        var shapes = pages.Select(p => Digits().Replace(p[index(p)], "#")).Distinct().Count();
        if (shapes == 1)
            foreach (var page in pages)
                page.RemoveAt(index(page));
    }

    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex Hyphenated();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
