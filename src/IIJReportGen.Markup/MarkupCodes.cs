namespace IIJReportGen.Markup;

/// <summary>Diagnostic codes of the markup stage (listed in README.md).</summary>
public static class MarkupCodes
{
    public const string NotWellFormed = "MARKUP001";
    public const string UnknownElement = "MARKUP002";
    public const string MisplacedContent = "MARKUP003";
    public const string Resource = "MARKUP004";
    public const string CssSyntax = "CSS001";
    public const string UnsupportedProperty = "CSS002";
    public const string IgnoredProperty = "CSS003";
    public const string UnsupportedValue = "CSS004";
    public const string UnsupportedSelector = "CSS005";
    public const string UnsupportedAtRule = "CSS006";
}
