using System.Text;

namespace IIJReportGen.Xbrl;

/// <summary>Turns dataset keys into XML names: NCNames for ids and element names, PascalCase for headings.</summary>
internal static class XbrlNaming
{
    /// <summary>The key with every character that an NCName does not allow replaced by '_' (the caller supplies a letter prefix).</summary>
    public static string Sanitize(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        return builder.ToString();
    }

    /// <summary>"income-statement-quarter" → "IncomeStatementQuarter".</summary>
    public static string Pascal(string key)
    {
        var builder = new StringBuilder(key.Length);
        var upper = true;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }

    /// <summary>True for a name usable as an element name or id: an ASCII NCName.</summary>
    public static bool IsNcName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>Makes <paramref name="name"/> unique among <paramref name="taken"/> by appending _2, _3 … deterministically.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }
}
