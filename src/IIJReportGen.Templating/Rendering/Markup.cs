using System.Text;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating.Rendering;

/// <summary>XHTML made by our helpers (already escaped, tags balanced): written to the output as is.</summary>
/// <remarks>Every other value a template writes is escaped; only helpers can make markup, never data. The markup keeps
/// where its parts come from (an included template's lines) and which fact uses mark them, so the document's source map
/// gets them wherever the markup is written.</remarks>
internal sealed class Markup(string xhtml, SourceMapBuilder? map = null)
{
    public string Xhtml { get; } = xhtml;

    /// <summary>The sources and fact-use marks of parts of <see cref="Xhtml"/> (offsets from its start); null when it has none.</summary>
    public SourceMapBuilder? Map { get; } = map;

    public static Markup Text(string text) => new(XhtmlText.Escape(text));

    /// <summary>The parts one after the other, each keeping its sources and marks.</summary>
    public static Markup Join(IEnumerable<Markup> parts)
    {
        var xhtml = new StringBuilder();
        SourceMapBuilder? map = null;
        foreach (var part in parts)
        {
            if (part.Map is { } inner)
                (map ??= new SourceMapBuilder()).Insert(inner, xhtml.Length);
            xhtml.Append(part.Xhtml);
        }
        return new Markup(xhtml.ToString(), map);
    }

    /// <summary>This markup, all of it marked as showing the fact use numbered <paramref name="use"/>.</summary>
    public Markup Marked(int use)
    {
        var map = new SourceMapBuilder();
        if (Map is { } inner)
            map.Insert(inner, 0);
        map.Mark(0, Xhtml.Length, use);
        return new Markup(Xhtml, map);
    }

    /// <summary>The text a reader sees: the markup without its tags, entities resolved.</summary>
    public string PlainText => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Xhtml, "<[^>]*>", ""));

    public override string ToString() => Xhtml;
}
