namespace IIJReportGen.Xbrl;

/// <summary>The namespaces and well-known URIs of XBRL 2.1 and Transformation Registry 4 (XHTML's and Inline XBRL's are
/// <see cref="IIJReportGen.Xhtml.XhtmlNamespaces"/>, which Markup and Review read too).</summary>
public static class XbrlNamespaces
{
    public const string Xbrli = "http://www.xbrl.org/2003/instance";
    public const string Link = "http://www.xbrl.org/2003/linkbase";
    public const string XLink = "http://www.w3.org/1999/xlink";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";
    public const string Ixt = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    public const string XmlLang = "http://www.w3.org/XML/1998/namespace";

    /// <summary>XBRL Dimensions 1.0: the schema of dimension and hypercube items, and the namespace of explicit members in contexts.</summary>
    public const string Xbrldt = "http://xbrl.org/2005/xbrldt";
    public const string XbrldtSchemaLocation = "http://www.xbrl.org/2005/xbrldt-2005.xsd";
    public const string Xbrldi = "http://xbrl.org/2006/xbrldi";

    /// <summary>Where processors find the XBRL 2.1 instance schema (they ship a cached copy).</summary>
    public const string InstanceSchemaLocation = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd";

    /// <summary>The Transformation Registry 4 format for "1,234.5" style numbers.</summary>
    public const string NumDotDecimal = "ixt:num-dot-decimal";

    public const string SummationItemArcrole = "http://www.xbrl.org/2003/arcrole/summation-item";
    public const string AllArcrole = "http://xbrl.org/int/dim/arcrole/all";
    public const string HypercubeDimensionArcrole = "http://xbrl.org/int/dim/arcrole/hypercube-dimension";
    public const string DimensionDomainArcrole = "http://xbrl.org/int/dim/arcrole/dimension-domain";
    public const string DomainMemberArcrole = "http://xbrl.org/int/dim/arcrole/domain-member";
    public const string ParentChildArcrole = "http://www.xbrl.org/2003/arcrole/parent-child";
    public const string ConceptLabelArcrole = "http://www.xbrl.org/2003/arcrole/concept-label";
    public const string StandardLabelRole = "http://www.xbrl.org/2003/role/label";
    public const string DocumentationRole = "http://www.xbrl.org/2003/role/documentation";
    public const string LabelLinkbaseRefRole = "http://www.xbrl.org/2003/role/labelLinkbaseRef";
    public const string PresentationLinkbaseRefRole = "http://www.xbrl.org/2003/role/presentationLinkbaseRef";
    public const string CalculationLinkbaseRefRole = "http://www.xbrl.org/2003/role/calculationLinkbaseRef";
    public const string DefinitionLinkbaseRefRole = "http://www.xbrl.org/2003/role/definitionLinkbaseRef";

    /// <summary>Transformation Registry 4: an English date ("November 8, 2013"), and a yes/no fixed by the format whatever the text says.</summary>
    public const string DateMonthNameDayYearEnglish = "ixt:date-monthname-day-year-en";
    /// <summary>Transformation Registry 4: a date in the Japanese era ("平成25年11月8日", 元年 for the first year) and in the Western
    /// year with 年月日 ("2013年11月8日").</summary>
    public const string DateJapaneseEra = "ixt:date-jpn-era-year-month-day";
    public const string DateYearMonthDay = "ixt:date-year-month-day";
    public const string FixedTrue = "ixt:fixed-true";
    public const string FixedFalse = "ixt:fixed-false";
    public const string LinkbaseArcrole = "http://www.w3.org/1999/xlink/properties/linkbase";
}
