using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace IIJReportGen.Templating.Tests;

/// <summary>Data cannot inject markup: every dataset string is escaped, and the output stays well-formed XML.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script> & ]]> \"quoted\"";

    [Fact]
    public void Dataset_strings_are_escaped_into_text()
    {
        var model = Datasets.MiniWith(json =>
        {
            json["texts"]!["hostile"] = Hostile;
            json["company"]!["name"] = Hostile;
        });
        using var templates = new ScratchTemplates(ScratchTemplates.Page("<p title=\"{{ company.name }}\">{{ text \"hostile\" }}</p><p>{{ company.name }}</p>"));
        var result = templates.Render(model);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain("<script>", result.Xhtml);
        var paragraphs = XDocument.Parse(result.Xhtml).Descendants().Where(e => e.Name.LocalName == "p").ToList();
        Assert.Equal([Hostile, Hostile], paragraphs.Select(p => p.Value));
        Assert.Equal(Hostile, paragraphs[0].Attribute("title")!.Value);
        Assert.Empty(paragraphs.SelectMany(p => p.Elements()));
    }

    [Fact]
    public void Characters_xml_forbids_do_not_break_the_document()
    {
        // The loader refuses such characters in the dataset (DS006), so the template makes one itself.
        using var templates = new ScratchTemplates(ScratchTemplates.Page("<p>{{ \"bell\\u0007here\" }}</p>"));
        var result = templates.Render(Datasets.Mini);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("bell\uFFFDhere", XDocument.Parse(result.Xhtml).Root!.Value);
    }

    [Fact]
    public void Escaping_starts_where_the_first_character_needs_it_and_keeps_surrogate_pairs()
    {
        // "𠮷" is a surrogate pair and stays; a lone surrogate is no XML character and becomes U+FFFD.
        using var templates = new ScratchTemplates(ScratchTemplates.Page("<p>{{ \"a𠮷b<c&d\\ud800e'f\\\"g>\" }}</p>"));
        var result = templates.Render(Datasets.Mini);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p>a𠮷b&lt;c&amp;d\uFFFDe&#39;f&quot;g&gt;</p>", result.Xhtml);
    }
}
