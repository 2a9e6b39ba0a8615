namespace IIJReportGen.Layout;

/// <summary>A piece of a paragraph in one style; <paramref name="Link"/> is a URL, a mailto: address or "#destination";
/// <paramref name="Origin"/> says where its characters come from (for findings, and to place the marks over them).</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? Link = null, TextOrigin? Origin = null);
