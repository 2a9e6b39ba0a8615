using System.Text;

namespace IIJReportGen.Layout;

/// <summary>The text of laid-out pages, page by page, lines top to bottom and runs left to right: a rendition that diffs cleanly.</summary>
public static class PlainTextRendition
{
    /// <summary>Pages are separated by a form feed line, as pdftotext does.</summary>
    public static string Write(LaidOutDocument document)
    {
        var text = new StringBuilder();
        for (var i = 0; i < document.Pages.Count; i++)
        {
            if (i > 0)
                text.Append('\f').Append('\n');
            foreach (var line in Lines(document.Pages[i]))
                text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The visual lines of one page: runs whose baselines are close (superscripts included) form one line.</summary>
    public static IReadOnlyList<string> Lines(LaidOutPage page)
    {
        var runs = page.Operations.OfType<GlyphRun>().Where(r => r.Text.Length > 0)
            .OrderBy(r => r.Origin.Y).ThenBy(r => r.Origin.X).ToList();
        var lines = new List<string>();
        var index = 0;
        while (index < runs.Count)
        {
            var first = runs[index];
            var tolerance = 0.4f * first.FontSize / 0.65f;
            var line = new List<GlyphRun>();
            while (index < runs.Count && runs[index].Origin.Y - first.Origin.Y <= tolerance)
                line.Add(runs[index++]);
            lines.Add(Join(line.OrderBy(r => r.Origin.X).ToList()));
        }
        return lines;
    }

    private static string Join(List<GlyphRun> runs)
    {
        var line = new StringBuilder();
        var end = float.NegativeInfinity;
        foreach (var run in runs)
        {
            // Runs further apart than a third of an em are separate words or table cells.
            if (line.Length > 0 && run.Origin.X - end > run.FontSize / 3 && line[^1] != ' ' && run.Text[0] != ' ')
                line.Append(' ');
            line.Append(run.Text);
            end = run.Origin.X + run.Width;
        }
        return line.ToString().TrimEnd();
    }
}
