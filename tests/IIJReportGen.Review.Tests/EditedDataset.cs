using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Review.Tests;

/// <summary>A copy of the bundled dataset in a temporary folder, edited through its JSON tree; its texts are marked reviewed as
/// edited unless <c>reviewed</c> is false (a test of the review marks themselves).</summary>
internal sealed class EditedDataset : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-review-").FullName;

    public EditedDataset(Action<JObject>? edit = null, bool reviewed = true)
    {
        using var reader = new JsonTextReader(new StringReader(File.ReadAllText(RepositoryPaths.BundledDataset)))
        {
            FloatParseHandling = FloatParseHandling.Decimal,
            DateParseHandling = DateParseHandling.None,
        };
        var json = JObject.Load(reader);
        edit?.Invoke(json);
        Path = System.IO.Path.Combine(_folder, "dataset.json");
        var text = json.ToString(Formatting.Indented);
        File.WriteAllText(Path, reviewed ? ReviewedTexts.MarkAll(text) : text);
    }

    public string Path { get; }

    public string Folder => _folder;

    public ReportDataset Load() => DatasetLoader.Load(Path).Dataset ?? throw new InvalidOperationException("The edited dataset does not load.");

    /// <summary>Adds <paramref name="delta"/> to a typed fact.</summary>
    public static void Add(JObject json, string concept, string period, decimal delta)
    {
        var values = (JObject)json["concepts"]![concept]!["values"]!;
        values[period] = (long)((decimal)values[period]! + delta);
    }

    /// <summary>Adds <paramref name="delta"/> to WAN services revenue and to the cost of network services in 1H13, and to every
    /// total and segment figure above them, so every calculation and tie-out still holds (operating income is unchanged).</summary>
    public static void AddToRevenueAndCost(JObject json, decimal delta)
    {
        string[] concepts =
        [
            "WanServicesRevenue", "NetworkServicesRevenue", "TotalRevenues", "SegmentRevenueNetworkSi", "SegmentRevenueNetworkSiCustomers",
            "CostOfNetworkServices", "TotalCostOfRevenues", "TotalCostAndExpenses",
        ];
        foreach (var concept in concepts)
            Add(json, concept, "1H13", delta);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
