using IIJReportGen.Layout;
using IIJReportGen.Tests.Shared;

namespace IIJReportGen.Layout.Tests;

/// <summary>A fact that needs a font family that is not bundled to be installed where fontconfig finds it, and programs
/// beyond the .NET SDK: skipped, saying which and where from, when either is missing (a machine with no fonts installed,
/// or an empty fontconfig configuration, skips it rather than failing).</summary>
public sealed class InstalledFontFactAttribute : FactAttribute
{
    public InstalledFontFactAttribute(string family, string package, params string[] programs)
    {
        var missing = programs.Where(p => !ExternalTool.IsInstalled(p)).ToList();
        if (!FontLibrary.Shared.HasFamily(family))
            missing.Add($"the font family '{family}' (fontconfig does not find it)");
        if (missing.Count > 0)
            Skip = $"{string.Join(", ", missing)} not installed (Debian package {package}; CI installs it).";
    }
}
