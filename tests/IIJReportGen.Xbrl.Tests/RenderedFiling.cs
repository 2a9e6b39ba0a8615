using System.Xml.Linq;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl.Tests;

/// <summary>A dataset's filing rendered and parsed back with System.Xml: schema, linkbases and instance as XDocuments.</summary>
internal sealed class RenderedFiling
{
    public static readonly XNamespace Xs = XbrlNamespaces.Xsd;
    public static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;
    public static readonly XNamespace Link = XbrlNamespaces.Link;
    public static readonly XNamespace XLink = XbrlNamespaces.XLink;
    public static readonly XNamespace Xsi = XbrlNamespaces.Xsi;

    public RenderedFiling(string datasetName)
    {
        Dataset = Datasets.Load(datasetName);
        Model = new ReportModel(Dataset);
        Vocabulary = new XbrlVocabulary(Model);
        // The bundled dataset maps its figures onto the TDnet summary; the mini sample has no summary.
        Summary = datasetName == "bundled" ? Summaries.Of(Vocabulary) : null;
        Files = XbrlFiling.Render(Vocabulary, Summary);
        Documents = Files.ToDictionary(f => f.Path, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Bytes)));
        Schema = Documents["xbrl/" + Vocabulary.CoreSchemaFileName];
        FullEntry = Documents["xbrl/" + Vocabulary.SchemaFileName];
        SummaryEntry = Summary is null ? null : Documents[Summary.Package.SchemaPath];
        Instance = Documents.Single(d => d.Key.EndsWith(".xbrl", StringComparison.Ordinal)).Value;
        Labels = Documents["xbrl/" + Vocabulary.FileStem + "_lab.xml"];
        Definition = Summary is null ? null : Documents[Summary.Package.DefinitionPath];
        SummaryPresentation = Summary is null ? null : Documents[Summary.Package.PresentationPath];
        Presentation = Documents.Single(d => d.Key.EndsWith("_pre.xml", StringComparison.Ordinal)).Value;
        Calculation = Documents.Single(d => d.Key.EndsWith("_cal.xml", StringComparison.Ordinal)).Value;
    }

    public ReportDataset Dataset { get; }
    public ReportModel Model { get; }
    public XbrlVocabulary Vocabulary { get; }
    public IReadOnlyList<XbrlFile> Files { get; }
    public Dictionary<string, XDocument> Documents { get; }
    /// <summary>The core schema: roles and elements.</summary>
    public XDocument Schema { get; }
    public XDocument FullEntry { get; }
    public XDocument? SummaryEntry { get; }
    public Tdnet.TdnetSummary? Summary { get; }
    public XDocument Instance { get; }
    public XDocument Labels { get; }
    public XDocument Presentation { get; }
    public XDocument Calculation { get; }
    public XDocument? Definition { get; }
    public XDocument? SummaryPresentation { get; }

    /// <summary>The filing rendered again from the same dataset, as this one was (for determinism checks).</summary>
    public IReadOnlyList<XbrlFile> RenderAgain()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Dataset));
        return XbrlFiling.Render(vocabulary, Summary is null ? null : Summaries.Of(vocabulary));
    }

    public XNamespace Ns => Vocabulary.Namespace;

    public Dictionary<string, XElement> Contexts => Instance.Root!.Elements(Xbrli + "context").ToDictionary(c => (string)c.Attribute("id")!);

    public Dictionary<string, XElement> Units => Instance.Root!.Elements(Xbrli + "unit").ToDictionary(c => (string)c.Attribute("id")!);

    /// <summary>Every fact element of the instance (items in our namespace).</summary>
    public List<XElement> Facts => Instance.Root!.Elements().Where(e => e.Name.Namespace == Ns).ToList();

    /// <summary>Element declarations of the schema by name.</summary>
    public Dictionary<string, XElement> Declarations => Schema.Root!.Elements(Xs + "element").ToDictionary(e => (string)e.Attribute("name")!);
}
