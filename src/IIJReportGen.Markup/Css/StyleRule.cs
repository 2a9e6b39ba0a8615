using AngleSharp.Css.Dom;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>One longhand property value as AngleSharp parsed it, with where the author wrote it.</summary>
internal sealed record StyleDeclaration(string Property, ICssValue Value, string Text, bool Important, SourceLocation Location);

/// <summary>A selector with its declarations; <paramref name="Order"/> is the source order among the rules of its origin (user agent or author).</summary>
internal sealed record StyleRule(ComplexSelector Selector, IReadOnlyList<StyleDeclaration> Declarations, int Order, bool IsUserAgent);
