namespace IIJReportGen.Xbrl;

/// <summary>The dataset cannot be expressed in XBRL as it stands (e.g. two concepts map to one element name).</summary>
/// <param name="subject">The unit, concept or measure key at fault, so the caller can point at it in the dataset.</param>
/// <param name="message">What cannot be expressed, and how to fix it.</param>
public sealed class XbrlMappingException(string subject, string message) : Exception(message)
{
    public string Subject { get; } = subject;
}
