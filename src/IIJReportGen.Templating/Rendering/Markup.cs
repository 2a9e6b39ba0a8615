namespace IIJReportGen.Templating.Rendering;

/// <summary>XHTML made by our helpers (already escaped, tags balanced): written to the output as is.</summary>
/// <remarks>Every other value a template writes is escaped; only helpers can make markup, never data.</remarks>
internal sealed class Markup(string xhtml)
{
    public string Xhtml { get; } = xhtml;

    public static Markup Text(string text) => new(XhtmlText.Escape(text));

    /// <summary>The text a reader sees: the markup without its tags, entities resolved.</summary>
    public string PlainText => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Xhtml, "<[^>]*>", ""));

    public override string ToString() => Xhtml;
}
