using System.Globalization;
using System.Text;
using System.Xml;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl.Tests;

public class InlineXbrlCheckTests
{
    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void A_document_tagging_figures_in_millions_with_signs_and_changes_passes(string dataset)
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load(dataset)));
        var document = Document(vocabulary, out var tagged);
        Assert.True(tagged > 0);
        Assert.Empty(InlineXbrlCheck.Check(document, vocabulary));
    }

    [Fact]
    public void Broken_references_formats_signs_values_and_ids_are_found()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load("mini")));
        var good = Document(vocabulary, out _);
        var context = vocabulary.ContextId("1H13");
        Assert.Contains(InlineXbrlCheck.Check(good.Replace($"contextRef=\"{context}\"", "contextRef=\"Nowhere\""), vocabulary), f => f.Rule.Contains("contextRef"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("unitRef=\"JPY\"", "unitRef=\"EUR\""), vocabulary), f => f.Rule.Contains("unitRef"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("ixt:num-dot-decimal", "ixt:numdotdecimal"), vocabulary), f => f.Rule.Contains("TR4"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("id=\"f1\"", "id=\"f0\""), vocabulary), f => f.Rule.Contains("ID"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("decimals=\"-6\"", "decimals=\"-3\""), vocabulary), f => f.Rule.Contains("decimals"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("sign=\"-\" ", ""), vocabulary), f => f.Rule == "dataset");
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("<ix:header>", "<ix:header><ix:header/>").Replace("</ix:header>", "</ix:header>"), vocabulary), f => f.Rule.Contains("ix:header"));
        Assert.Contains(InlineXbrlCheck.Check(good.Replace("xbrl/" + vocabulary.SummarySchemaFileName, "other.xsd"), vocabulary), f => f.Rule.Contains("schemaRef"));
        Assert.Single(InlineXbrlCheck.Check("<html", vocabulary));
    }

    [Fact]
    public void Parentheses_inside_the_tag_are_double_negation_and_are_found()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load("mini")));
        var good = Document(vocabulary, out _);
        var bad = System.Text.RegularExpressions.Regex.Replace(good, "(sign=\"-\"[^>]*>)([0-9.,]+)<", "$1($2)<");
        Assert.NotEqual(good, bad);
        Assert.Contains(InlineXbrlCheck.Check(bad, vocabulary), f => f.Rule.Contains("TR4"));
    }

    /// <summary>An iXBRL page that shows every monetary fact in JPY millions (negatives in parentheses outside the tag), every
    /// other fact as typed, and every derived change in %, the way the TSE summary does.</summary>
    private static string Document(XbrlVocabulary vocabulary, out int tagged)
    {
        var facts = XbrlFact.AllOf(vocabulary).Where(f => f.Value is not null).ToList();
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = false, Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("html", XhtmlNamespaces.Xhtml);
            foreach (var (prefix, ns) in vocabulary.InlineNamespaces)
                writer.WriteAttributeString("xmlns", prefix, null, ns);
            writer.WriteStartElement("body", XhtmlNamespaces.Xhtml);
            writer.WriteStartElement("div", XhtmlNamespaces.Xhtml);
            writer.WriteAttributeString("style", "display:none");
            InlineXbrlHeader.Write(writer, vocabulary, facts.Select(f => f.Context.Period.Key).Distinct(), facts.Where(f => f.Element.Kind != XbrlFigureKind.Change).Select(f => f.Element.Id).Distinct());
            writer.WriteEndElement();
            var n = 0;
            foreach (var fact in facts)
            {
                var monetary = fact.Element.ItemType == "xbrli:monetaryItemType";
                var pure = fact.Element.ItemType == "xbrli:pureItemType" && fact.Element.Decimals > 0;
                var scale = monetary ? 6 : pure ? -2 : 0;
                var fraction = monetary ? 0 : Math.Max(fact.Element.Decimals + scale, 0);
                var shown = Rounding.Round(Math.Abs(fact.Value!.Value) / Powers.Ten(scale), fraction, RoundingMode.HalfUp);
                writer.WriteStartElement("p", XhtmlNamespaces.Xhtml);
                if (fact.Value < 0)
                    writer.WriteString("(");
                writer.WriteStartElement("ix", "nonFraction", XhtmlNamespaces.InlineXbrl);
                writer.WriteAttributeString("id", "f" + n++);
                writer.WriteAttributeString("name", XbrlVocabulary.Prefix + ":" + fact.Element.Name);
                writer.WriteAttributeString("contextRef", fact.Context.Id);
                writer.WriteAttributeString("unitRef", fact.Element.UnitId);
                writer.WriteAttributeString("decimals", (fraction - scale).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("scale", scale.ToString(CultureInfo.InvariantCulture));
                if (fact.Value < 0)
                    writer.WriteAttributeString("sign", "-");
                writer.WriteAttributeString("format", XbrlNamespaces.NumDotDecimal);
                writer.WriteString(shown.ToString("N" + fraction, CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                if (fact.Value < 0)
                    writer.WriteString(")");
                writer.WriteEndElement();
            }
            tagged = n;
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return text.ToString();
    }
}
