using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The published data/dataset.schema.json: it loads, accepts the bundled dataset and a sample, and pinpoints typical mistakes.</summary>
public class DatasetSchemaTests
{
    private const string Sample = """
        {
          "$schema": "../dataset.schema.json",
          "company": {
            "name": "Internet Initiative Japan Inc.", "shortName": "IIJ",
            "listings": [ { "exchange": "NASDAQ", "code": "IIJI" }, { "exchange": "TSE", "code": "3774", "market": "First Section" } ],
            "url": "http://www.iij.ad.jp/", "urls": { "ir": "http://www.iij.ad.jp/en/ir" },
            "email": "ir@iij.ad.jp", "phone": "+81-3-5259-6500", "phoneDomestic": "(03) 5259-6500",
            "people": { "representative": { "name": "Eijiro Katsu", "title": "President" } }
          },
          "report": {
            "city": "Tokyo", "current": "1H13", "quarter": "2Q13", "balanceSheet": "1H13-end", "fiscalYear": "FY2013",
            "dates": { "release": "2013-11-08" },
            "labels": { "fiscalYear": "the fiscal year ending March 31, 2014" }
          },
          "policies": {
            "rounding": { "press-release": "halfUp", "tse-summary": "truncate" },
            "convenienceTranslation": { "currency": "USD", "rate": 98.29, "date": "2013-09-30", "basis": "noon buying rate" },
            "negativeStyle": "triangle",
            "percentChange": { "decimals": 1, "baseNotPositive": "n.m.", "almostFlatBelow": 0.5 }
          },
          "units": { "JPY": { "label": "yen", "xbrl": "JPY" }, "JPYPerShare": { "numerator": "JPY", "denominator": "shares" }, "pure": {} },
          "periods": {
            "1H12": { "type": "duration", "start": "2012-04-01", "end": "2012-09-30" },
            "1H13": { "type": "duration", "start": "2013-04-01", "end": "2013-09-30", "label": "Six Months Ended September 30, 2013", "short": "1H13", "comparative": "1H12" },
            "1H13-end": { "type": "instant", "date": "2013-09-30" },
            "FY2013F": { "type": "duration", "start": "2013-04-01", "end": "2014-03-31", "scenario": "forecast" }
          },
          "concepts": {
            "TotalRevenues": { "label": "Total revenues", "labelJa": "売上高", "unit": "JPY", "scale": 3, "balance": "credit", "xbrl": "NetSales", "values": { "1H12": 51109001, "1H13": 54396959 } },
            "OtherIncome": { "label": "Other income", "unit": "JPY", "scale": 3, "decimals": 0, "values": { "1H12": -1234, "1H13": null } },
            "RevenueGrowth1H12": { "label": "Revenue growth", "unit": "pure", "kind": "reportedChange", "values": { "1H12": 12.3 } }
          },
          "measures": {
            "Revenues2x": { "label": "Twice revenues", "unit": "JPY", "decimals": -3, "xbrl": "X", "expression": "TotalRevenues * 2" }
          },
          "tables": {
            "income-statement": {
              "title": "Statements of Income", "subtitle": "unaudited", "document": "press-release", "display": "thousands",
              "columns": [ { "period": "1H12" }, { "period": "1H13", "measure": "usd" }, { "period": "1H13", "measure": "change", "vs": "1H12", "label": "Change" } ],
              "lines": [
                { "label": "REVENUES:" },
                { "concept": "TotalRevenues", "id": "rev", "indent": 1, "total": true, "parent": "x", "weight": -1, "at": "end" }
              ]
            },
            "income-statement-quarter": { "title": "Three months", "display": "millions", "linesFrom": "income-statement", "columns": [ { "period": "1H13", "measure": "yoyPercent" } ] }
          },
          "tieOuts": [ { "id": "double", "description": "Twice revenues", "rule": "Revenues2x = TotalRevenues * 2", "periods": [ "1H13" ] } ],
          "asPublished": [ { "of": "TotalRevenues@1H13", "as": "millions", "value": 54397, "vs": "1H12", "source": "Summary" } ],
          "texts": {
            "about": "IIJ is a pioneer.",
            "notes": [ "First paragraph.", "Second paragraph." ],
            "quote": { "speaker": "Koichi Suzuki", "title": "Chairman", "verb": "said", "text": [ "Overall, ..." ] }
          }
        }
        """;

    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly string SchemaPath = Path.Combine(RepoRoot, "data", "dataset.schema.json");
    private static readonly string DatasetPath = Path.Combine(RepoRoot, "data", "iij", "fy2013-1h.json");

    [Fact]
    public async Task SchemaLoads()
    {
        var schema = await LoadSchema();

        Assert.Equal(["company", "policies", "report"], schema.RequiredProperties.Order());
        Assert.Contains("concepts", schema.Properties.Keys);
        Assert.False(schema.AllowAdditionalProperties);
    }

    [Fact]
    public async Task BundledDatasetValidates()
    {
        Assert.True(File.Exists(DatasetPath), $"The bundled dataset {DatasetPath} does not exist.");
        var schema = await LoadSchema();

        var errors = schema.Validate(Parse(await File.ReadAllTextAsync(DatasetPath)));

        Assert.True(errors.Count == 0, $"{errors.Count} schema error(s) in {DatasetPath}:\n{string.Join("\n", Flatten(errors))}");
    }

    [Fact]
    public async Task BundledDatasetNamesTheSchema()
    {
        Assert.True(File.Exists(DatasetPath), $"The bundled dataset {DatasetPath} does not exist.");

        var json = Parse(await File.ReadAllTextAsync(DatasetPath));

        Assert.Equal("../dataset.schema.json", (string?)json["$schema"]);
    }

    [Fact]
    public async Task SampleValidates()
    {
        var schema = await LoadSchema();

        var errors = schema.Validate(Parse(Sample));

        Assert.True(errors.Count == 0, string.Join("\n", Flatten(errors)));
    }

    [Theory]
    [InlineData("concepts.TotalRevenues", "lables", "\"Revenues\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/concepts.TotalRevenues.lables")]
    [InlineData("concepts.TotalRevenues.values", "1H12", "\"51,109\"", ValidationErrorKind.NoTypeValidates, "#/concepts.TotalRevenues.values.1H12")]
    [InlineData("concepts.TotalRevenues", "unit", null, ValidationErrorKind.PropertyRequired, "#/concepts.TotalRevenues.unit")]
    [InlineData("tables['income-statement']", "display", "\"billions\"", ValidationErrorKind.NotInEnumeration, "#/tables.income-statement.display")]
    [InlineData("report.dates", "release", "\"2013/11/08\"", ValidationErrorKind.PatternMismatch, "#/report.dates.release")]
    [InlineData("asPublished[0]", "of", "\"TotalRevenues 1H13\"", ValidationErrorKind.PatternMismatch, "#/asPublished[0].of")]
    [InlineData("concepts", "Total-Revenues", "{}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/concepts.Total-Revenues")]
    [InlineData("policies.convenienceTranslation", "rate", "0", ValidationErrorKind.NumberTooSmall, "#/policies.convenienceTranslation.rate")]
    [InlineData("periods['1H13-end']", "date", null, ValidationErrorKind.NotOneOf, "#/periods.1H13-end")]
    [InlineData("periods['1H13-end']", "start", "\"2013-04-01\"", ValidationErrorKind.NotOneOf, "#/periods.1H13-end")]
    [InlineData("periods['1H13']", "end", null, ValidationErrorKind.NotOneOf, "#/periods.1H13")]
    [InlineData("tables['income-statement'].lines[1]", "concept", null, ValidationErrorKind.NotAnyOf, "#/tables.income-statement.lines[1]")]
    [InlineData("tables['income-statement']", "lines", null, ValidationErrorKind.NotAnyOf, "#/tables.income-statement")]
    [InlineData("tables['income-statement'].lines[1]", "weight", "0", ValidationErrorKind.NotInEnumeration, "#/tables.income-statement.lines[1].weight")]
    [InlineData("tieOuts[0]", "rule", "\"A = B = C\"", ValidationErrorKind.PatternMismatch, "#/tieOuts[0].rule")]
    [InlineData("texts.quote", "text", null, ValidationErrorKind.NotOneOf, "#/texts.quote")]
    [InlineData("", "currency", "\"USD\"", ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/currency")]
    public async Task MistakeIsReportedWithKindAndPath(string parent, string property, string? value, ValidationErrorKind kind, string path)
    {
        var schema = await LoadSchema();
        var json = Parse(Sample);
        var target = (JObject)json.SelectToken(parent, errorWhenNoMatch: true)!;
        if (value is null)
            Assert.True(target.Remove(property), $"Sample has no '{property}' under '{parent}'.");
        else
            target[property] = JToken.Parse(value);

        var errors = Flatten(schema.Validate(json)).ToList();

        Assert.True(errors.Any(e => e.Kind == kind && e.Path == path),
            $"Expected {kind} at {path}; got:\n{string.Join("\n", errors.Select(e => $"{e.Kind} {e.Path}"))}");
    }

    private static Task<JsonSchema> LoadSchema() => JsonSchema.FromFileAsync(SchemaPath);

    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.Load(reader);
    }

    /// <summary>Every error with the errors nested under oneOf/anyOf/additionalProperties branches.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend(e)
            : [e]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IIJReportGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"IIJReportGen.sln not found above {AppContext.BaseDirectory}.");
    }
}
