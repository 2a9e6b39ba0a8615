using IIJReportGen.Diagnostics;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>
/// Records, as a rendering writes, where each range of its outputs comes from: template text copied as is (the included
/// file's own lines), or written by a template expression; and which fact uses mark it. Scriban renders an include into
/// an output of its own; that output's map goes with the include's markup into the output that writes it.
/// </summary>
internal sealed class OutputSources(RenderSession session)
{
    private readonly Dictionary<IScriptOutput, SourceMapBuilder> _maps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SourceFile> _files = new(ReferenceEqualityComparer.Instance);

    // Per include in progress, the output it renders into (known once something is evaluated there).
    private readonly Stack<IScriptOutput?> _includes = new();

    /// <summary>Where <paramref name="output"/>'s text comes from; an output first seen while an include starts is that include's.</summary>
    public SourceMapBuilder Of(IScriptOutput output)
    {
        if (!_maps.TryGetValue(output, out var map))
        {
            map = new SourceMapBuilder();
            _maps.Add(output, map);
            if (_includes.TryPeek(out var pending) && pending is null)
            {
                _includes.Pop();
                _includes.Push(output);
            }
        }
        return map;
    }

    /// <summary>The length of what <paramref name="output"/> holds so far.</summary>
    public static int Length(IScriptOutput output) => output is StringBuilderOutput text ? text.Builder.Length : 0;

    /// <summary>A raw text statement wrote [start, now): copied from its template, unless the writer changed it (indentation).</summary>
    public void Copied(IScriptOutput output, int start, ScriptRawStatement raw)
    {
        var length = Length(output) - start;
        var map = Of(output);
        if (length == raw.Text.Length && raw.Text.FullText is { } template)
            map.Copied(start, length, FileOf(template, raw.Span.FileName), raw.Text.Index);
        else
            map.Written(start, length, Where(raw.Span));
        PlaceWords(output, map, start, length);
    }

    /// <summary>An expression statement at <paramref name="span"/> wrote [start, now), perhaps markup with sources and marks of its own.</summary>
    public void Written(IScriptOutput output, int start, SourceSpan span, Markup? markup)
    {
        var length = Length(output) - start;
        var map = Of(output);
        map.Written(start, length, Where(span));
        if (markup?.Map is { } inner)
            map.Insert(inner, start);
        PlaceWords(output, map, start, length);
    }

    public void EnterInclude() => _includes.Push(null);

    /// <summary>The map of what the include just finished wrote (null when it evaluated nothing).</summary>
    public SourceMapBuilder? ExitInclude()
    {
        if (_includes.Pop() is not { } output)
            return null;
        _maps.Remove(output, out var map);
        return map;
    }

    public static SourceLocation Where(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Fact uses that chose a word the template writes itself ("increased") mark the next text written that a reader sees.</summary>
    private void PlaceWords(IScriptOutput output, SourceMapBuilder map, int start, int length)
    {
        if (!session.HasWordUses || output is not StringBuilderOutput text || !Seen(text.Builder.ToString(start, length)))
            return;
        foreach (var use in session.TakeWordUses())
            map.Mark(start, length, use);
    }

    /// <summary>True when the written text has characters outside its tags: "&lt;tr&gt;&lt;td&gt;" is no text a reader sees (a word chosen
    /// into a variable and written after it would mark nothing drawn). A piece may start inside a tag (<c>"&gt;</c> after an
    /// attribute's expression) or end inside one.</summary>
    private static bool Seen(string written)
    {
        var inTag = written.IndexOf('>') is var close and >= 0 && (written.IndexOf('<') is var open && (open < 0 || close < open));
        foreach (var c in written)
        {
            if (c == '<' || c == '>')
                inTag = c == '<';
            else if (!inTag && !char.IsWhiteSpace(c))
                return true;
        }
        return false;
    }

    private SourceFile FileOf(string template, string? name)
    {
        if (!_files.TryGetValue(template, out var file))
            _files.Add(template, file = new SourceFile(name ?? "", template));
        return file;
    }
}
