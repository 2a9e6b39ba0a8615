using System.Globalization;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>The TDnet package of a summary: the folder XBRLData/Summary and TDnet's file names,
/// tse-&lt;letters&gt;-&lt;code&gt;-&lt;id&gt;(.xsd | -def.xml | -pre.xml | -ixbrl.htm).</summary>
/// <remarks>TDnet assigns the 14-digit id when it receives a filing: the filing date (yyyyMMdd) and six digits of its own.
/// We cannot know TDnet's, so the id is derived: the filing date (report.dates.release), the quarter the report ends
/// (1–4), and the five-digit securities code — the same report always gets the same names.</remarks>
public sealed class TdnetPackage
{
    /// <summary>The package folder, relative to the build's output folder.</summary>
    public const string Folder = "XBRLData/Summary";

    public TdnetPackage(ReportDataset dataset, SummaryForm form, int quarter)
    {
        Code = SecuritiesCode.Of(dataset);
        var filed = dataset.Report.Dates.TryGetValue("release", out var release)
            ? release
            : throw new XbrlMappingException("release", "The TDnet package's file names start with the filing date, report.dates.release, which the dataset lacks.");
        Id = filed.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + quarter.ToString(CultureInfo.InvariantCulture) + Code;
        Stem = $"tse-{form.Letters}-{Code}-{Id}";
    }

    /// <summary>The five-digit securities code ("37740").</summary>
    public string Code { get; }

    /// <summary>The 14-digit id that stands for TDnet's ("20131108237740").</summary>
    public string Id { get; }

    /// <summary>"tse-qcedussm-37740-20131108237740".</summary>
    public string Stem { get; }

    /// <summary>The summary's entry point.</summary>
    public string SchemaPath => $"{Folder}/{Stem}.xsd";

    public string DefinitionPath => $"{Folder}/{Stem}-def.xml";

    public string PresentationPath => $"{Folder}/{Stem}-pre.xml";

    /// <summary>Where the package's Inline XBRL document goes.</summary>
    public string InlineXbrlPath => $"{Folder}/{Stem}-ixbrl.htm";
}

/// <summary>The securities code as TDnet and the TSE entity scheme write it: the four-digit code and a fifth digit, 0 for common stock.</summary>
public static class SecuritiesCode
{
    /// <summary>The scheme of an entity identified by its TSE securities code.</summary>
    public const string Scheme = "http://www.tse.or.jp/sicc";

    /// <summary>"3774" → "37740"; a code already of five digits is kept.</summary>
    public static string FiveDigits(string code) => code.Length == 4 ? code + "0" : code;

    /// <summary>The company's TSE code in five digits (the entity identifier, the package's names).</summary>
    public static string Of(ReportDataset dataset) => FiveDigits(Listed(dataset));

    /// <summary>The company's TSE code as listed and shown ("3774"): the summary's SecuritiesCode fact, as on TDnet.</summary>
    public static string Listed(ReportDataset dataset) =>
        dataset.Company.Listings.FirstOrDefault(l => l.Exchange == "TSE") is { } tse
            ? tse.Code
            : throw new XbrlMappingException("company", "The TDnet summary needs the company's TSE listing (company.listings with exchange \"TSE\").");
}
