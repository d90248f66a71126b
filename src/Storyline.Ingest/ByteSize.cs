using System.Globalization;

namespace Storyline.Ingest;

/// <summary>Human-readable sizes for limit messages ("52 MB", "1.5 KB", "900 bytes").</summary>
internal static class ByteSize
{
    public static string Format(long bytes)
    {
        const double kilo = 1024;
        const double mega = 1024 * 1024;
        return bytes switch
        {
            < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
            < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / kilo:0.#} KB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / mega:0.#} MB"),
        };
    }

    public static string TooLarge(string what, long? actualBytes, long limitBytes) => actualBytes is { } actual
        ? $"{what} is {Format(actual)}, larger than the {Format(limitBytes)} limit"
        : $"{what} is larger than the {Format(limitBytes)} limit";
}
