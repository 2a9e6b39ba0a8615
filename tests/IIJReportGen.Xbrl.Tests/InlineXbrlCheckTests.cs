using System.Globalization;
using System.Text;
using System.Xml;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xbrl.Tdnet;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl.Tests;

public class InlineXbrlCheckTests
{
    private static readonly Lazy<TdnetSummary> Bundled = new(() => Summaries.Of(new XbrlVocabulary(new ReportModel(Datasets.Load("bundled")))));

    private static InlineExpectations Expected => Bundled.Value.Expectations("", RoundingMode.HalfUp);

    [Fact]
    public void A_document_tagging_the_summarys_figures_in_millions_with_signs_and_changes_passes()
    {
        var document = Document(Bundled.Value, out var tagged);
        Assert.True(tagged > 40, $"only {tagged} facts");
        Assert.Empty(InlineXbrlCheck.Inspect(document, Expected).Findings);
    }

    [Fact]
    public void Broken_references_formats_signs_values_and_ids_are_found()
    {
        var good = Document(Bundled.Value, out _);
        const string context = "CurrentAccumulatedQ2Duration_ConsolidatedMember_ResultMember";
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace($"contextRef=\"{context}\"", "contextRef=\"Nowhere\""), Expected).Findings, f => f.Rule.Contains("contextRef"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("unitRef=\"JPY\"", "unitRef=\"EUR\""), Expected).Findings, f => f.Rule.Contains("unitRef"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("ixt:num-dot-decimal", "ixt:numdotdecimal"), Expected).Findings, f => f.Rule.Contains("TR4"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("id=\"f1\"", "id=\"f0\""), Expected).Findings, f => f.Rule.Contains("ID"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("decimals=\"-6\"", "decimals=\"-3\""), Expected).Findings, f => f.Rule.Contains("decimals"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("sign=\"-\" ", ""), Expected).Findings, f => f.Rule == "dataset");
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("<ix:header>", "<ix:header><ix:header/>"), Expected).Findings, f => f.Rule.Contains("ix:header"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace(Bundled.Value.SchemaHref(""), "other.xsd"), Expected).Findings, f => f.Rule.Contains("schemaRef"));
        Assert.Contains(InlineXbrlCheck.Inspect(good.Replace("name=\"iij:NetSalesUS\"", "name=\"iij:NetSales\""), Expected).Findings, f => f.Rule.Contains("item"));
        Assert.Single(InlineXbrlCheck.Inspect("<html", Expected).Findings);
    }

    [Fact]
    public void A_figure_in_another_context_than_the_summarys_is_found()
    {
        var good = Document(Bundled.Value, out _);
        var bad = good.Replace("name=\"iij:TotalAssetsUS\" contextRef=\"CurrentAccumulatedQ2Instant_ConsolidatedMember_ResultMember\"",
            "name=\"iij:TotalAssetsUS\" contextRef=\"PriorYearInstant_ConsolidatedMember_ResultMember\"");
        Assert.NotEqual(good, bad);
        Assert.Contains(InlineXbrlCheck.Inspect(bad, Expected).Findings, f => f.Rule == "dataset" && f.Message.Contains("TotalAssetsUS", StringComparison.Ordinal));
    }

    [Fact]
    public void Parentheses_inside_the_tag_are_double_negation_and_are_found()
    {
        var good = Document(Bundled.Value, out _);
        var bad = System.Text.RegularExpressions.Regex.Replace(good, "(sign=\"-\"[^>]*>)([0-9.,]+)<", "$1($2)<");
        Assert.NotEqual(good, bad);
        Assert.Contains(InlineXbrlCheck.Inspect(bad, Expected).Findings, f => f.Rule.Contains("TR4"));
    }

    /// <summary>An iXBRL page that shows every figure fact of the summary the way the TSE summary does: amounts in JPY millions
    /// (negatives in parentheses outside the tag), ratios and changes in %, per-share amounts and shares as typed.</summary>
    private static string Document(TdnetSummary summary, out int tagged)
    {
        var facts = summary.Expectations("", RoundingMode.HalfUp).Facts.Where(f => f.Value.Value is not null).ToList();
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = false, Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("html", XhtmlNamespaces.Xhtml);
            foreach (var (prefix, ns) in summary.Vocabulary.InlineNamespaces.Append(("xbrldi", XbrlNamespaces.Xbrldi)))
                writer.WriteAttributeString("xmlns", prefix, null, ns);
            writer.WriteStartElement("body", XhtmlNamespaces.Xhtml);
            writer.WriteStartElement("div", XhtmlNamespaces.Xhtml);
            writer.WriteAttributeString("style", "display:none");
            InlineXbrlHeader.Write(writer, summary, "", facts.Select(f => f.Key.Context).Distinct(), facts.Select(f => f.Value.UnitId).Distinct(), _ => { });
            writer.WriteEndElement();
            var n = 0;
            foreach (var ((element, context), (unit, value)) in facts)
            {
                var (scale, fraction) = unit switch { "JPY" => (6, 0), "JPYPerShares" => (0, 2), "Shares" => (0, 0), _ => (-2, 1) };
                var shown = Rounding.Round(Math.Abs(value!.Value) / Powers.Ten(scale), fraction, RoundingMode.HalfUp);
                writer.WriteStartElement("p", XhtmlNamespaces.Xhtml);
                if (value < 0)
                    writer.WriteString("(");
                writer.WriteStartElement("ix", "nonFraction", XhtmlNamespaces.InlineXbrl);
                writer.WriteAttributeString("id", "f" + n++);
                writer.WriteAttributeString("name", XbrlVocabulary.Prefix + ":" + element);
                writer.WriteAttributeString("contextRef", context);
                writer.WriteAttributeString("unitRef", unit);
                writer.WriteAttributeString("decimals", (fraction - scale).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("scale", scale.ToString(CultureInfo.InvariantCulture));
                if (value < 0)
                    writer.WriteAttributeString("sign", "-");
                writer.WriteAttributeString("format", XbrlNamespaces.NumDotDecimal);
                writer.WriteString(shown.ToString("N" + fraction, CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                if (value < 0)
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
