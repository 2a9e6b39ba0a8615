using IIJReportGen.Diagnostics;
using IIJReportGen.Dataset.Json;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>A name of TSE's Tanshin taxonomy tse-ed-t with its English and Japanese labels.</summary>
public sealed record TseName(string Name, string English, string Japanese);

/// <summary>The tse-ed-t names the product uses, with TSE's labels (templates/tdnet/tse-ed-t.json, copied from the
/// taxonomy's label list): every TDnet name the summary form or the dataset uses must be one of them.</summary>
public sealed class TseNames
{
    /// <summary>Where the names file sits in the templates folder.</summary>
    public const string File = "tdnet/tse-ed-t.json";

    private readonly Dictionary<string, TseName> _names;

    private TseNames(Dictionary<string, TseName> names) => _names = names;

    /// <summary>Every name, in the file's order.</summary>
    public IEnumerable<TseName> All => _names.Values;

    public bool Contains(string name) => _names.ContainsKey(name);

    public TseName this[string name] => _names[name];

    /// <summary>Reads the file's "items": [name, English label, Japanese label] each; null with XBRL002 findings when it is malformed.</summary>
    public static TseNames? Read(string name, string text, DiagnosticBag diagnostics)
    {
        if (FormJson.Parse(name, text, diagnostics) is not { } json)
            return null;
        var names = new Dictionary<string, TseName>(StringComparer.Ordinal);
        json.Root.Allow("$comment", "source");
        foreach (var item in json.Root.Array("items", required: true) ?? [])
        {
            if (item is not { Kind: JsonKind.Array, Items: [{ Kind: JsonKind.String, Text: { } tseName }, { Kind: JsonKind.String, Text: { } english }, { Kind: JsonKind.String, Text: { } japanese }] })
                json.Report(item, "Each item must be [name, English label, Japanese label], three strings.", "Copy the row from TSE's label list as it is.");
            else if (!names.TryAdd(tseName, new TseName(tseName, english, japanese)))
                json.Report(item, $"'{tseName}' is listed twice.", "Keep one row per name.");
        }
        json.Root.Finish();
        return json.Finish(diagnostics) ? new TseNames(names) : null;
    }
}
