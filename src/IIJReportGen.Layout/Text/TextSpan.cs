using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>A piece of a paragraph in one style; <paramref name="Link"/> is a URL, a mailto: address or "#destination";
/// <paramref name="Source"/> is where the text comes from (the markup's file:line:col), so layout findings such as a missing glyph point there.</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? Link = null, SourceLocation? Source = null);
