using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>A laid-out box of the block flow with what its neighbours need: its vertical margins and page-break wishes.</summary>
internal sealed record Block(Element Element, float MarginTop, float MarginBottom, BreakRule BreakBefore, BreakRule BreakAfter)
{
    /// <summary>An anonymous paragraph (inline content between blocks): no margins, no breaks.</summary>
    public static Block Anonymous(Element element) => new(element, 0, 0, BreakRule.Auto, BreakRule.Auto);
}
