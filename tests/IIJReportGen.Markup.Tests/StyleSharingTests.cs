using CsCheck;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup.Tests;

/// <summary>A style shared between elements is the style the full cascade gives each of them.</summary>
public class StyleSharingTests
{
    [Theory]
    [InlineData("press-release")]
    [InlineData("tse-summary")]
    [InlineData("tanshin")]
    public void Sharing_gives_every_element_of_the_bundled_documents_its_own_cascade(string document)
    {
        var folder = Path.Combine(RuleIndexTests.RepositoryRoot(), "output", "iij", "fy2013-1h");
        var xhtml = File.ReadAllText(Path.Combine(folder, document + ".xhtml"));
        var root = XhtmlReader.Read(xhtml, SourceMap.Identity(xhtml, document + ".xhtml"), new DiagnosticBag())!;
        var shared = AssertSameAsCascade(File.ReadAllText(Path.Combine(folder, document + ".css")), root);
        // Most elements of a document repeat a style (a statement's cells): a test where nothing is shared would prove nothing.
        Assert.True(shared > root.Descendants().OfType<MarkupElement>().Count() / 3, $"only {shared} elements shared a style");
    }

    [Fact]
    public void Sharing_gives_every_element_of_generated_trees_its_own_cascade()
    {
        Gen.Select(Css, Tree).Sample(sample => { AssertSameAsCascade(sample.Item1, sample.Item2); }, iter: 2000);
    }

    /// <summary>Resolves the tree top-down with one resolver (sharing) and each element with a fresh one (nothing to share);
    /// returns how many elements got a style object another element already had.</summary>
    private static int AssertSameAsCascade(string css, MarkupElement root)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new StylesheetReader(diagnostics);
        var sheet = new Stylesheet();
        sheet.Add(UserAgentStylesheet.Rules);
        reader.Read(new CssSource(css, "test.css"), sheet, userAgent: false);
        Assert.False(diagnostics.HasErrors, string.Join("; ", diagnostics));
        var sharing = new StyleResolver(sheet, reader);
        var seen = new HashSet<ComputedStyle>(ReferenceEqualityComparer.Instance);
        var shared = 0;
        void Walk(MarkupElement element, ComputedStyle sharedParent, ComputedStyle ownParent)
        {
            var style = sharing.Resolve(element, sharedParent);
            var own = new StyleResolver(sheet, reader).Resolve(element, ownParent);
            AssertSame(own, style, element);
            if (!seen.Add(style))
                shared++;
            foreach (var child in element.Elements)
                Walk(child, style, own);
        }
        var initial = new ComputedStyle { FontFamilies = FontFamilies.Fallback };
        Walk(root, initial, initial);
        return shared;
    }

    private static void AssertSame(ComputedStyle expected, ComputedStyle actual, MarkupElement element)
    {
        // FontFamilies is a list made for each style: compared by its items, the rest by value.
        Assert.Equal(expected.FontFamilies, actual.FontFamilies);
        Assert.True(expected with { FontFamilies = [] } == actual with { FontFamilies = [] },
            $"<{element.Name} class=\"{element.Attribute("class")}\"> at {element.Location}: {actual} instead of {expected}");
    }

    private static readonly string[] Names = ["p", "td", "div", "span"];

    private static readonly Gen<string> Compound = Gen.Select(
        Gen.OneOf("", "p", "td", "div", "*"), Gen.Int[0, 7], Gen.OneOf("", "", "", "#x"), Gen.OneOf("", "", ":first-child", ":last-child"),
        (element, classes, id, pseudo) => element + string.Concat(new[] { ".a", ".b", ".c" }.Where((_, i) => (classes & (1 << i)) != 0)) + id + pseudo)
        .Select(compound => compound.Length == 0 ? "*" : compound);

    private static readonly Gen<string> Selector = Gen.Int[1, 3].SelectMany(count =>
        Gen.Select(Compound.Array[count], Gen.OneOf(" ", " > ").Array[count - 1],
            (compounds, combinators) => compounds[0] + string.Concat(combinators.Select((c, i) => c + compounds[i + 1]))));

    private static readonly Gen<string> Declaration = Gen.OneOf(
        "font-size: 9pt", "font-size: 120%", "font-weight: bold", "font-style: italic", "color: #ff0000", "color: #0000ff",
        "text-align: right", "padding-left: 3pt", "margin: 1em 0", "border-top: 1pt solid #000000", "display: none",
        "white-space: nowrap", "line-height: 1.5", "font-family: serif", "width: 50%", "font-weight: bold !important");

    private static readonly Gen<string> Css = Gen.Select(Selector, Declaration.Array[1, 3], (selector, declarations) => $"{selector} {{ {string.Join("; ", declarations)} }}")
        .Array[1, 12].Select(rules => string.Join('\n', rules));

    // Up to 16 elements, each under one of those before it; a few carry an id or a style attribute (never shared).
    private static readonly Gen<MarkupElement> Tree = Gen.Select(Gen.OneOf(Names), Gen.Int[0, 7], Gen.Int[0, 19], Gen.Int[0, 1000]).Array[1, 16]
        .Select(nodes =>
        {
            var elements = new List<MarkupElement>();
            foreach (var (name, classBits, extra, parent) in nodes)
            {
                var attributes = new Dictionary<string, string> { ["class"] = string.Join(' ', new[] { "a", "b", "c" }.Where((_, i) => (classBits & (1 << i)) != 0)) };
                if (extra == 0)
                    attributes["id"] = "x";
                else if (extra == 1)
                    attributes["style"] = "color: #00ff00";
                else if (extra == 2)
                    attributes.Remove("class");
                var element = new MarkupElement(elements.Count == 0 ? "div" : name, attributes, new SourceLocation("test.xhtml"));
                if (elements.Count > 0)
                    elements[parent % elements.Count].Add(element);
                elements.Add(element);
            }
            return elements[0];
        });
}
