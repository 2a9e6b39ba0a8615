namespace IIJReportGen.Xbrl;

/// <summary>The dataset cannot be expressed in XBRL as it stands (e.g. two concepts map to one element name).</summary>
public sealed class XbrlMappingException(string message) : Exception(message);
