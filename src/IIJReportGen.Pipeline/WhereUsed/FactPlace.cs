using System.Text.RegularExpressions;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Templating;

namespace IIJReportGen.Pipeline;

/// <summary>Where a built document shows a fact: page, section (the heading above it), table, the text shown and the template line.</summary>
public sealed record FactPlace(string Document, int? Page, string? Section, string? Table, FactUse Use);

/// <summary>Finds the pages of a document's fact uses in its laid-out text.</summary>
/// <remarks>Uses are recorded in document order, so each shown figure is searched for after the previous one's place;
/// the section is the last outline heading on or before that point.</remarks>
public static partial class FactPlaces
{
    public static IEnumerable<FactPlace> Of(BuiltDocument document)
    {
        // One string per page, lines joined by '\n' (so headings can be matched at a line start).
        var pages = document.Layout.Pages.Select(p => string.Join('\n', PlainTextRendition.Lines(p).Select(Normalise))).ToList();
        var (page, offset) = (0, 0);
        foreach (var use in document.FactUses)
        {
            // A word chosen by a fact ("increased") sits in the sentence of the figure just found.
            var found = use.Shown is { Length: > 0 } shown ? Find(pages, shown, page, offset) : (page, offset);
            if (found is { } at)
                (page, offset) = (at.Page, at.Offset + (use.Shown?.Length ?? 0));
            yield return new FactPlace(document.Name, found?.Page + 1, Section(document.Layout, pages, found), use.Table, use);
        }
    }

    private static (int Page, int Offset)? Find(List<string> pages, string shown, int page, int offset)
    {
        var pattern = new Regex(@"(?<![\d.,])" + Regex.Escape(shown) + @"(?![\d])", RegexOptions.CultureInvariant);
        for (var p = page; p < pages.Count; p++)
            if (pattern.Match(pages[p].Replace('\n', ' '), p == page ? offset : 0) is { Success: true } match)
                return (p, match.Index);
        return null;
    }

    private static string? Section(LaidOutDocument layout, List<string> pages, (int Page, int Offset)? at)
    {
        if (at is not { } place)
            return null;
        return layout.Outline
            .Where(h => h.PageIndex < place.Page || (h.PageIndex == place.Page && HeadingOffset(pages[h.PageIndex], h.Title) is { } o && o <= place.Offset))
            .Select(h => h.Title)
            .LastOrDefault();
    }

    /// <summary>Where a heading starts on its page: its title (perhaps wrapped over lines) at the start of a line.</summary>
    private static int? HeadingOffset(string page, string title)
    {
        var flat = page.Replace('\n', ' ');
        var wanted = Normalise(title);
        for (var i = flat.IndexOf(wanted, StringComparison.Ordinal); i >= 0; i = flat.IndexOf(wanted, i + 1, StringComparison.Ordinal))
            if (i == 0 || page[i - 1] == '\n')
                return i;
        return null;
    }

    /// <summary>Whitespace runs as one space, so a heading wrapped over two lines still matches its title.</summary>
    private static string Normalise(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
