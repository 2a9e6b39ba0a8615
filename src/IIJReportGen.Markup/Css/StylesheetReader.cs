using AngleSharp.Css.Dom;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>
/// Reads stylesheets into <see cref="StyleRule"/>s with AngleSharp.Css, checking every selector, property and value against
/// the supported subset and reporting what falls outside it at its file:line:col.
/// </summary>
internal sealed class StylesheetReader(DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> PageProperties = new(StringComparer.Ordinal) { "size", "margin", "margin-top", "margin-right", "margin-bottom", "margin-left" };

    private int _order;

    /// <summary>Adds a stylesheet's rules (after those this reader read before) and reports its findings; the text is read once
    /// per process (<see cref="ParsedStylesheets"/>).</summary>
    public void Read(CssSource source, Stylesheet into, bool userAgent)
    {
        var reading = ParsedStylesheets.Of(source, userAgent);
        diagnostics.AddRange(reading.Findings);
        var offset = _order;
        into.Rules.AddRange(offset == 0 ? reading.Rules : reading.Rules.Select(rule => rule with { Order = rule.Order + offset }));
        into.PageDeclarations.AddRange(reading.PageDeclarations);
        _order += reading.Orders;
    }

    /// <summary>Reads a stylesheet on its own: rule orders from 0, findings in a bag of its own.</summary>
    public static StylesheetReading ReadAlone(CssSource source, bool userAgent)
    {
        var findings = new DiagnosticBag();
        var reader = new StylesheetReader(findings);
        var sheet = new Stylesheet();
        reader.ReadStatements(source, CssScanner.Statements(source.Text, 0, source.Text.Length), sheet, userAgent);
        return new StylesheetReading(sheet.Rules, sheet.PageDeclarations, findings.ToList(), reader._order);
    }

    /// <summary>The declarations of a style="" attribute; all are located at the element.</summary>
    public IReadOnlyList<StyleDeclaration> ReadInline(string style, SourceLocation location)
    {
        var source = new CssSource(style, location.File, location.Line, location.Column);
        var (declarations, _) = CssScanner.Block(style, 0, style.Length);
        return Declarations(source, declarations, PropertyCatalog.IsWritable).Select(d => d with { Location = location }).ToList();
    }

    private void ReadStatements(CssSource source, List<CssStatement> statements, Stylesheet into, bool userAgent)
    {
        foreach (var statement in statements)
        {
            var location = source.At(statement.PreludeOffset);
            if (!statement.HasBlock)
            {
                if (!statement.Prelude.StartsWith("@charset", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedAtRule, $"'{Shorten(statement.Prelude)}' is not supported.", location,
                        "Stylesheets are self-contained: no @import; put all rules in the template's style.css."));
                continue;
            }
            var (declarations, nested) = CssScanner.Block(source.Text, statement.BlockStart, statement.BlockEnd);
            if (statement.Prelude.StartsWith('@'))
                ReadAtRule(source, statement, declarations, nested, into, userAgent);
            else
                ReadStyleRule(source, statement, declarations, nested, into, userAgent);
        }
    }

    private void ReadAtRule(CssSource source, CssStatement statement, List<CssDeclarationText> declarations, List<CssStatement> nested, Stylesheet into, bool userAgent)
    {
        var location = source.At(statement.PreludeOffset);
        var name = new string(statement.Prelude[1..].TakeWhile(c => char.IsLetterOrDigit(c) || c == '-').ToArray()).ToLowerInvariant();
        if (name == "media")
        {
            // Print and all media apply; screen-only rules are the browser preview's business.
            var media = statement.Prelude[6..].Split(',').Select(m => m.Trim().Split(' ')[0].ToLowerInvariant());
            if (media.Any(m => m is "print" or "all"))
                ReadStatements(source, CssScanner.Statements(source.Text, statement.BlockStart, statement.BlockEnd), into, userAgent);
            return;
        }
        if (name != "page" || statement.Prelude.Trim().Length > "@page".Length)
        {
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedAtRule, $"'{Shorten(statement.Prelude)}' is not supported.", location,
                "Supported at-rules: @page (size and margins, no page selectors) and @media print/all."));
            return;
        }
        foreach (var box in nested)
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedAtRule, $"Page margin box '{Shorten(box.Prelude)}' is not supported.", source.At(box.PreludeOffset),
                "Put an element with class \"page-header\" or \"page-footer\" in the body; <span class=\"page-number\"/> and <span class=\"page-count\"/> show the counters."));
        into.PageDeclarations.AddRange(Declarations(source, declarations, PageProperties.Contains));
    }

    private void ReadStyleRule(CssSource source, CssStatement statement, List<CssDeclarationText> declarations, List<CssStatement> nested, Stylesheet into, bool userAgent)
    {
        var location = source.At(statement.PreludeOffset);
        foreach (var rule in nested)
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedSelector, $"Nested rule '{Shorten(rule.Prelude)}' is not supported.", source.At(rule.PreludeOffset),
                "Write it as a separate rule with a descendant selector."));
        var parsed = CssParsers.Checking.ParseStyleSheet(statement.Prelude + " {}").Rules.OfType<ICssStyleRule>().FirstOrDefault();
        if (parsed?.Selector is null)
        {
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedSelector, $"Selector '{Shorten(statement.Prelude)}' could not be parsed.", location));
            return;
        }
        var (selectors, unsupported) = SelectorReader.Read(parsed.Selector);
        if (unsupported.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedSelector,
                $"Selector '{Shorten(statement.Prelude)}' uses {string.Join(", ", unsupported.Distinct())}, outside the supported subset.", location,
                "Use element, class and id selectors joined by descendant (space) or child (>) combinators, with :first-child or :last-child."));
            return;
        }
        var styles = Declarations(source, declarations, PropertyCatalog.IsWritable);
        var order = _order++;
        into.Rules.AddRange(selectors.Select(selector => new StyleRule(selector, styles, order, userAgent)));
    }

    /// <summary>Parses each declaration with AngleSharp and keeps the longhands in the subset; reports the rest.</summary>
    private List<StyleDeclaration> Declarations(CssSource source, List<CssDeclarationText> texts, Func<string, bool> allowed)
    {
        var result = new List<StyleDeclaration>();
        foreach (var text in texts)
        {
            var location = source.At(text.Offset);
            if (text.Value.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(MarkupCodes.CssSyntax, $"'{Shorten(text.Name)}' is not a declaration.", location, "Write 'property: value;'."));
                continue;
            }
            if (PropertyCatalog.IsHarmless(text.Name))
            {
                diagnostics.Add(Diagnostic.Warning(MarkupCodes.IgnoredProperty, $"Property '{text.Name}' has no effect in print and is ignored.", location));
                continue;
            }
            if (!allowed(text.Name))
            {
                diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedProperty, $"Property '{text.Name}' is not in the supported CSS subset.", location,
                    "Supported: " + PropertyCatalog.Supported + "; in @page: size and margin."));
                continue;
            }
            var properties = ParsedDeclarations.Of(text.Name, text.Value);
            if (properties.Length == 0)
                diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedValue, $"'{Shorten(text.Value)}' is not a valid value for '{text.Name}'.", location));
            foreach (var property in properties)
            {
                // Shorthands reset the longhands they do not set to 'initial': the initial value is what we start from anyway.
                if (property.RawValue is null || property.Value.Length == 0 || property.Value == "initial")
                    continue;
                var value = property.Value.ToLowerInvariant();
                if (text.Name == "size")
                    result.Add(new StyleDeclaration("size", property.RawValue, value, property.Important, location));
                else if (!PropertyCatalog.IsLonghand(property.Name))
                    diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedProperty, $"'{text.Name}' sets '{property.Name}', which is not in the supported CSS subset.", location));
                else if (!PropertyCatalog.Accepts(property.Name, property.RawValue, value))
                    diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedValue, $"Value '{property.Value}' of '{property.Name}' is outside the supported subset.", location,
                        "See src/IIJReportGen.Markup/README.md for the values each property accepts."));
                else
                    result.Add(new StyleDeclaration(property.Name, property.RawValue, value, property.Important, location));
            }
        }
        return result;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
