namespace IIJReportGen.Templating;

/// <summary>Stable codes of the findings template rendering reports.</summary>
public static class TemplateCodes
{
    public const string TemplateMissing = "TP001";
    public const string Syntax = "TP002";
    public const string Runtime = "TP003";
    public const string IncludeRefused = "TP004";
    public const string NotWellFormed = "TP005";
}
