using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Reads the JSON tree section by section into the model (shapes and types; references are checked after).</summary>
internal sealed partial class DatasetReader(JsonSource source, DiagnosticBag diagnostics)
{
    /// <summary>The model, or null when a required section could not be read.</summary>
    public ReportDataset? Read(JsonItem json)
    {
        var root = new ObjectReader(json, source, diagnostics);
        var company = ReadCompany(root.Object("company", required: true));
        var report = ReadReport(root.Object("report", required: true));
        var policies = ReadPolicies(root.Object("policies", required: true));
        var units = ReadCatalog(root, "units", ReadUnit);
        var periods = ReadCatalog(root, "periods", ReadPeriod);
        var concepts = ReadCatalog(root, "concepts", ReadConcept);
        var measures = ReadCatalog(root, "measures", ReadMeasure);
        var tables = ReadCatalog(root, "tables", ReadTable);
        var tieOuts = ReadList(root, "tieOuts", ReadTieOut);
        var published = ReadList(root, "asPublished", ReadPublished);
        var texts = ReadCatalog(root, "texts", ReadText);
        var reviewed = ReadCatalog(root, "reviewed", ReadReviewMark);
        root.Finish();
        if (company is null || report is null || policies is null)
            return null;
        return new ReportDataset(source.File, company, report, policies, units, periods, concepts, measures, tables, tieOuts, published, texts) { Reviewed = reviewed };
    }

    private Catalog<T> ReadCatalog<T>(ObjectReader root, string section, Func<string, JsonItem, T?> read) where T : class, IKeyed
    {
        var catalog = new Catalog<T>();
        foreach (var entry in root.Entries(section))
        {
            var item = read(entry.Name, entry.Value);
            if (item is not null)
                catalog.TryAdd(item);
        }
        return catalog;
    }

    private List<T> ReadList<T>(ObjectReader root, string section, Func<JsonItem, T?> read) where T : class
    {
        var list = new List<T>();
        foreach (var token in root.Array(section) ?? [])
        {
            var item = read(token);
            if (item is not null)
                list.Add(item);
        }
        return list;
    }

    /// <summary>The token as an object reader, or an error when it is not an object.</summary>
    private ObjectReader? AsObject(JsonItem token, string what)
    {
        if (token.Kind == JsonKind.Object)
            return new ObjectReader(token, source, diagnostics);
        diagnostics.Add(Diagnostic.Error(DatasetCodes.WrongType, $"{what} must be an object {{ … }}.",
            source.Of(token), "See data/README.md for the shape of this entry."));
        return null;
    }

    private SourceLocation Where(JsonItem token) => source.Of(token);

    /// <summary>A list of strings (names), e.g. a figure's TDnet members.</summary>
    private List<string> ReadNames(ObjectReader parent, string name)
    {
        var names = new List<string>();
        foreach (var token in parent.Array(name) ?? [])
        {
            if (token.Kind == JsonKind.String)
                names.Add(token.Text!);
            else
                parent.Invalid(token, $"Each entry of '{name}' must be a string.", "Write the names in double quotes.");
        }
        return names;
    }

    /// <summary>A dictionary of strings (free keys), e.g. company.urls or report.labels (its <paramref name="entries"/> when already read).</summary>
    private Dictionary<string, string> ReadStrings(ObjectReader parent, string name, IEnumerable<JsonProperty>? entries = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries ?? parent.Entries(name))
        {
            if (entry.Value.Kind == JsonKind.String)
                result[entry.Name] = entry.Value.Text!;
            else
                parent.Invalid(entry.Value, $"'{name}.{entry.Name}' must be a string.", "Write it in double quotes.");
        }
        return result;
    }
}
