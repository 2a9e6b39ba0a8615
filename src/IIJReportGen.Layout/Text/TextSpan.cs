namespace IIJReportGen.Layout;

/// <summary>A piece of a paragraph in one style; <paramref name="Link"/> is a URL, a mailto: address or "#destination".</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? Link = null);
