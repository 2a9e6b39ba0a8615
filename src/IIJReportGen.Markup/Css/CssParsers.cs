using AngleSharp.Css.Parser;

namespace IIJReportGen.Markup;

/// <summary>
/// AngleSharp's CSS parsers, one of each kind per thread: making a parser builds its configuration (as costly as reading a
/// small stylesheet, once per document and per @page size before), and a parser is not known to be safe across threads.
/// </summary>
internal static class CssParsers
{
    [ThreadStatic]
    private static CssParser? t_checking;

    [ThreadStatic]
    private static CssParser? t_plain;

    /// <summary>Keeps what it does not know (unknown properties, rules and selectors) so the reader can report it.</summary>
    public static CssParser Checking => t_checking ??= new(new CssParserOptions { IsIncludingUnknownDeclarations = true, IsIncludingUnknownRules = true, IsToleratingInvalidSelectors = true });

    /// <summary>AngleSharp's defaults: a value it cannot read is dropped.</summary>
    public static CssParser Plain => t_plain ??= new();
}
