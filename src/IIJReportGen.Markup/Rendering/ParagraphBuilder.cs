using System.Runtime.InteropServices;
using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>
/// Collects the inline content of one paragraph as text spans, collapsing whitespace as CSS does (runs of spaces and line
/// ends become one space, none at the paragraph's edges, none for a line end between two Japanese characters).
/// </summary>
internal sealed class ParagraphBuilder
{
    private readonly List<TextSpan> _spans = [];
    private bool _afterSpace = true;
    private bool _hasCounters;

    /// <summary>True when nothing visible has been added.</summary>
    public bool IsEmpty => _spans.All(s => s.Text == "\n");

    /// <summary>Adds character data; each character shown keeps its origin (the space of a collapsed run: its first one's).</summary>
    public void Text(MarkupText raw, TextStyle style, string? link, bool noWrap)
    {
        var (text, kept) = Collapse(raw.Text);
        var start = 0;
        while (_afterSpace && start < text.Length && text[start] == ' ')
            start++;
        if (start == text.Length)
            return;
        text = text[start..];
        _afterSpace = text[^1] == ' ';
        // No-break spaces keep a nowrap run on one line; the line breaker never breaks at them.
        var origin = kept is null ? raw.Origin.Slice(start, text.Length) : raw.Origin.Pick(CollectionsMarshal.AsSpan(kept)[start..]);
        _spans.Add(new TextSpan(noWrap ? text.Replace(' ', '\u00A0') : text, style, link, origin));
    }

    public void LineBreak(TextStyle style)
    {
        TrimEnd();
        _spans.Add(new TextSpan("\n", style));
        _afterSpace = true;
    }

    /// <summary>A page counter placeholder ("{page}" or "{pages}") that the page bands fill in.</summary>
    public void Counter(string placeholder, TextStyle style)
    {
        _spans.Add(new TextSpan(placeholder, style));
        _afterSpace = false;
        _hasCounters = true;
    }

    /// <summary>The paragraph, a page counter when it holds counters, or null when it shows nothing.</summary>
    public Element? Build(TextAlignment alignment)
    {
        TrimEnd();
        while (_spans.Count > 0 && _spans[^1].Text == "\n")
            _spans.RemoveAt(_spans.Count - 1);
        if (IsEmpty)
            return null;
        // The engine's counter draws one style; a band line mixing styles takes its first span's.
        if (_hasCounters)
            return new PageCounter(string.Concat(_spans.Select(s => s.Text)), _spans[0].Style, alignment);
        var paragraph = new Paragraph { Alignment = alignment };
        foreach (var span in _spans)
            paragraph.Add(span);
        return paragraph;
    }

    private void TrimEnd()
    {
        if (_spans.Count == 0 || !_spans[^1].Text.EndsWith(' '))
            return;
        var trimmed = _spans[^1].Text.TrimEnd(' ');
        if (trimmed.Length == 0)
            _spans.RemoveAt(_spans.Count - 1);
        else
            _spans[^1] = _spans[^1] with { Text = trimmed, Origin = _spans[^1].Origin?.Slice(0, trimmed.Length) };
    }

    private static readonly List<int> FirstOnly = [0]; // only read

    /// <summary>The text with whitespace collapsed, and per character kept its index in <paramref name="raw"/> (null: the text
    /// is <paramref name="raw"/> itself, nothing to collapse, as in most text; whitespace alone is one space).</summary>
    private static (string Text, List<int>? Kept) Collapse(string raw)
    {
        if (raw.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 && !raw.Contains("  ", StringComparison.Ordinal))
            return (raw, null);
        if (raw.AsSpan().IndexOfAnyExcept(" \t\n\r") < 0)
            return (" ", FirstOnly);
        var text = new StringBuilder(raw.Length);
        var kept = new List<int>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (!IsCollapsible(raw[i]))
            {
                kept.Add(i);
                text.Append(raw[i++]);
                continue;
            }
            var start = i;
            while (i < raw.Length && IsCollapsible(raw[i]))
                i++;
            var lineEnd = raw.AsSpan(start, i - start).ContainsAny('\n', '\r');
            var betweenCjk = start > 0 && i < raw.Length && LineBreakRules.IsCjk(raw[start - 1]) && LineBreakRules.IsCjk(raw[i]);
            if (!(lineEnd && betweenCjk))
            {
                kept.Add(start);
                text.Append(' ');
            }
        }
        return (text.ToString(), kept);
    }

    private static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r';
}
