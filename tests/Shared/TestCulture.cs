using System.Globalization;

namespace IIJReportGen.Tests.Shared;

/// <summary>Runs code under another culture, for tests that prove output does not depend on it.</summary>
internal static class TestCulture
{
    /// <summary>Runs <paramref name="action"/> with the thread's culture set to <paramref name="culture"/>.</summary>
    public static T Run<T>(string culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}

/// <summary>A fact that runs code under other cultures: skipped, saying why, in a process with invariant globalization
/// (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, common in containers), where no other culture can be made. The build under
/// invariant globalization is still compared with a normal one, in child processes (Cli.Tests' DeterminismTests).</summary>
public sealed class CultureFactAttribute : FactAttribute
{
    public CultureFactAttribute() => Skip = OtherCultures.Unavailable;
}

/// <inheritdoc cref="CultureFactAttribute"/>
public sealed class CultureTheoryAttribute : TheoryAttribute
{
    public CultureTheoryAttribute() => Skip = OtherCultures.Unavailable;
}

internal static class OtherCultures
{
    /// <summary>Why other cultures cannot be made in this process, or null when they can.</summary>
    public static string? Unavailable { get; } = Probe();

    private static string? Probe()
    {
        try
        {
            _ = CultureInfo.GetCultureInfo("de-DE");
            return null;
        }
        catch (CultureNotFoundException)
        {
            return "This process runs with invariant globalization (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT), where no culture but the invariant one exists.";
        }
    }
}
