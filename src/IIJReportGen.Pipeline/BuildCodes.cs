namespace IIJReportGen.Pipeline;

/// <summary>Stable codes of the findings the build itself reports.</summary>
public static class BuildCodes
{
    public const string OutputNotWritable = "BLD001";
    public const string MissingReleaseDate = "BLD002";
    public const string InlineXbrl = "BLD003";
    public const string TemplatesMissing = "BLD004";
}
