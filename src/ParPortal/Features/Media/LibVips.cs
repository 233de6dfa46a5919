using Microsoft.Extensions.Logging;
using NetVips;
using VipsLibrary = NetVips.NetVips;

namespace ParPortal.Features.Media;

/// <summary>
/// The process-wide libvips settings, applied once. libvips comes inside the NetVips.Native packages (Linux x64 and
/// Windows x64), so nothing has to be installed; on another platform it does not load and images are refused.
/// </summary>
internal static class LibVips
{
    private static readonly object Gate = new();
    private static bool _started;
    private static string? _problem;
    private static ILogger? _logger;

    // Kept in a field so that the delegate handed to native code is never collected.
    private static Log.LogDelegate? _handler;

    /// <summary>The libvips version, e.g. "8.18.7"; empty when it did not load.</summary>
    public static string Version { get; private set; } = "";

    /// <summary>Starts libvips once; returns null when it works, otherwise why it does not.</summary>
    public static string? Start(ILogger logger)
    {
        lock (Gate)
        {
            if (_started)
            {
                return _problem;
            }

            _started = true;
            _logger = logger;
            try
            {
                if (!ModuleInitializer.VipsInitialized)
                {
                    return _problem = ModuleInitializer.Exception?.Message ?? "libvips did not initialise";
                }

                // Every upload is a different file, so the operation cache would only hold memory and open files
                // (and on Windows an open temporary file cannot be deleted).
                Cache.Max = 0;
                Cache.MaxFiles = 0;
                // Loaders and savers that libvips marks untrusted (ImageMagick, Matlab, FITS, the .v format…) can never
                // run, whatever a file contains; we only call the four loaders of the sniffed types anyway.
                VipsLibrary.BlockUntrusted = true;
                // libvips reports damaged input through GLib warnings on stderr; they belong in our log, and at debug
                // level, because the refusal itself is logged with its reason.
                _handler = (domain, level, message) => _logger?.LogDebug("libvips {Domain} {Level}: {Message}", domain, level, message);
                Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info, _handler);
                Version = $"{VipsLibrary.Version(0)}.{VipsLibrary.Version(1)}.{VipsLibrary.Version(2)}";
                return null;
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
            {
                return _problem = e.Message;
            }
        }
    }
}
