namespace IIJReportGen.Layout;

/// <summary>A piece of a paragraph in one style; <see cref="Link"/> is a URL, a mailto: address or "#destination";
/// <see cref="Origin"/> says where its characters come from (for findings, and to place the marks over them).</summary>
public sealed record TextSpan(string Text, TextStyle Style)
{
    // The link and the origin share one field: most spans have neither (a table's figures) or an origin alone (markup text),
    // and the document tree keeps every span through the whole render. A string, a TextOrigin, a LinkedOrigin, or null.
    private readonly object? _linkOrOrigin;

    public TextSpan(string Text, TextStyle Style, string? Link = null, TextOrigin? Origin = null) : this(Text, Style) =>
        _linkOrOrigin = Joined(Link, Origin);

    public string? Link
    {
        get => _linkOrOrigin switch { string link => link, LinkedOrigin both => both.Link, _ => null };
        init => _linkOrOrigin = Joined(value, Origin);
    }

    public TextOrigin? Origin
    {
        get => _linkOrOrigin switch { TextOrigin origin => origin, LinkedOrigin both => both.Origin, _ => null };
        init => _linkOrOrigin = Joined(Link, value);
    }

    private static object? Joined(string? link, TextOrigin? origin) =>
        link is null ? origin : origin is null ? link : new LinkedOrigin(link, origin);

    private sealed record LinkedOrigin(string Link, TextOrigin Origin);
}
