using CsCheck;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup.Tests;

/// <summary>The rule index finds, for any element, exactly the rules a scan of every rule finds, in the same order.</summary>
public class RuleIndexTests
{
    [Theory]
    [InlineData("press-release")]
    [InlineData("tse-summary")]
    [InlineData("tanshin")]
    public void Finds_what_a_scan_finds_in_the_bundled_documents(string document)
    {
        var folder = Path.Combine(RepositoryRoot(), "output", "iij", "fy2013-1h");
        var xhtml = File.ReadAllText(Path.Combine(folder, document + ".xhtml"));
        var sheet = new Stylesheet();
        sheet.Add(UserAgentStylesheet.Rules);
        new StylesheetReader(new DiagnosticBag()).Read(new CssSource(File.ReadAllText(Path.Combine(folder, document + ".css")), document + ".css"), sheet, userAgent: false);
        var root = XhtmlReader.Read(xhtml, SourceMap.Identity(xhtml, document + ".xhtml"), new DiagnosticBag())!;
        var elements = root.Descendants().OfType<MarkupElement>().Prepend(root).ToList();
        // The bundled documents do use their rules: a comparison of empty lists would prove nothing.
        Assert.True(elements.Count(e => Scan(sheet.Rules, e).Count > 0) > 100);
        AssertSameAsScan(sheet.Rules, elements);
    }

    [Fact]
    public void Finds_what_a_scan_finds_for_generated_selectors_and_elements()
    {
        Gen.Select(Rules, Elements).Sample(sample => AssertSameAsScan(sample.Item1, sample.Item2), iter: 3000);
    }

    private static void AssertSameAsScan(IReadOnlyList<StyleRule> rules, IReadOnlyList<MarkupElement> elements)
    {
        var index = new RuleIndex(rules);
        foreach (var element in elements)
            Assert.Equal(Scan(rules, element), index.Matching(element).ToList());
    }

    private static List<StyleRule> Scan(IReadOnlyList<StyleRule> rules, MarkupElement element) => rules.Where(r => r.Selector.Matches(element)).ToList();

    private static readonly string[] ClassNames = ["a", "b", "c"];

    private static List<string> Classes(int bits) => ClassNames.Where((_, i) => (bits & (1 << i)) != 0).ToList();

    private static readonly Gen<CompoundSelector> Compound = Gen.Select(
        Gen.OneOf<string?>(null, "p", "td", "div"), Gen.Int[0, 7], Gen.OneOf<string?>(null, null, "x", "y"), Gen.Int[0, 3],
        (element, classes, id, pseudo) => new CompoundSelector(element, Classes(classes), id, (pseudo & 1) != 0, (pseudo & 2) != 0));

    private static readonly Gen<ComplexSelector> Selector = Gen.Int[1, 3].SelectMany(count =>
        Gen.Select(Compound.Array[count], Gen.OneOf(' ', '>').Array[count - 1], (compounds, combinators) => new ComplexSelector(compounds, combinators, 0)));

    // Rules sharing an order (a selector list) and user-agent rules mixed in: the index must keep their sequence as it is.
    private static readonly Gen<List<StyleRule>> Rules = Gen.Select(Selector, Gen.Int[0, 3], Gen.Bool).Array[1, 12]
        .Select(rules => rules.Select(r => new StyleRule(r.Item1, [], r.Item2, r.Item3)).ToList());

    // A tree of up to 12 elements: each names its parent among those before it; classes may repeat ("a a").
    private static readonly Gen<List<MarkupElement>> Elements = Gen.Select(
        Gen.OneOf("p", "td", "div", "span"), Gen.Int[0, 15], Gen.OneOf<string?>(null, "x", "y"), Gen.Int[0, 1000]).Array[1, 12]
        .Select(nodes =>
        {
            var elements = new List<MarkupElement>();
            foreach (var (name, classBits, id, parent) in nodes)
            {
                var classes = Classes(classBits);
                if ((classBits & 8) != 0)
                    classes.Add("a");
                var attributes = new Dictionary<string, string> { ["class"] = string.Join(' ', classes) };
                if (id is not null)
                    attributes["id"] = id;
                var element = new MarkupElement(name, attributes, new SourceLocation("test.xhtml"));
                if (elements.Count > 0)
                    elements[parent % elements.Count].Add(element);
                elements.Add(element);
            }
            return elements;
        });

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "IIJReportGen.sln")))
            folder = folder.Parent ?? throw new InvalidOperationException("IIJReportGen.sln not found above " + AppContext.BaseDirectory);
        return folder.FullName;
    }
}
