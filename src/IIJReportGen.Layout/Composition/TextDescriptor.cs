namespace IIJReportGen.Layout;

/// <summary>Fluent filling of a <see cref="Paragraph"/>: spans share the default style unless given their own.</summary>
public sealed class TextDescriptor(Paragraph paragraph)
{
    private TextStyle _style = TextStyle.Default;

    /// <summary>The style of spans added after this call without a style of their own.</summary>
    public TextDescriptor DefaultStyle(TextStyle style)
    {
        _style = style;
        return this;
    }

    public TextDescriptor Align(TextAlignment alignment)
    {
        paragraph.Alignment = alignment;
        return this;
    }

    public TextDescriptor Span(string text, TextStyle? style = null)
    {
        paragraph.Add(new TextSpan(text, style ?? _style));
        return this;
    }

    /// <summary>A clickable span: a URL, mailto: address or "#destination".</summary>
    public TextDescriptor Link(string text, string target, TextStyle? style = null)
    {
        paragraph.Add(new TextSpan(text, style ?? _style, target));
        return this;
    }

    public TextDescriptor LineBreak() => Span("\n");
}
