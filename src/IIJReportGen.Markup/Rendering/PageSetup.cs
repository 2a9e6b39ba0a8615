using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>The paper size and margins from @page: <c>size: A4 | letter | A4 landscape | 210mm 297mm</c>, <c>margin</c>.</summary>
internal static class PageSetup
{
    private static readonly Dictionary<string, Size> Named = new(StringComparer.Ordinal)
    {
        ["a4"] = PageSize.A4,
        ["letter"] = PageSize.Letter,
        ["a5"] = new Size(419.53f, 595.28f),
        ["a3"] = new Size(841.89f, 1190.55f),
        ["legal"] = new Size(612f, 1008f),
    };

    public static (Size Size, Thickness Margins) Read(IReadOnlyList<StyleDeclaration> declarations, DiagnosticBag diagnostics)
    {
        var size = PageSize.A4;
        var margins = new float[4];
        string[] sides = ["top", "right", "bottom", "left"];
        foreach (var declaration in declarations)
        {
            if (declaration.Property == "size")
                size = Size(declaration, diagnostics) ?? size;
            else if (Array.IndexOf(sides, declaration.Property["margin-".Length..]) is var side and >= 0)
                margins[side] = CssValues.Points(declaration.Value, 10) ?? margins[side];
        }
        return (size, new Thickness(margins[0], margins[1], margins[2], margins[3]));
    }

    private static Size? Size(StyleDeclaration declaration, DiagnosticBag diagnostics)
    {
        var words = declaration.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lengths = words.Select(CssValues.ParseLength).ToList();
        if (lengths.Count == 2 && lengths.All(l => l is > 0))
            return new Size(lengths[0]!.Value, lengths[1]!.Value);
        var names = words.Where(w => w is not ("landscape" or "portrait")).ToList();
        if (names.Count > 1 || names.Any(n => !Named.ContainsKey(n)))
        {
            diagnostics.Add(Diagnostic.Error(MarkupCodes.UnsupportedValue, $"Page size '{declaration.Text}' is not supported.", declaration.Location,
                "Use A4, A3, A5, letter or legal (optionally 'landscape'), or two lengths such as '210mm 297mm'."));
            return null;
        }
        var size = names.Count == 1 ? Named[names[0]] : PageSize.A4;
        return words.Contains("landscape") ? new Size(size.Height, size.Width) : size;
    }
}
