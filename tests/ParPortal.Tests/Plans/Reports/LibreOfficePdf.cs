using System.Diagnostics;
using System.Text;

namespace ParPortal.Tests.Plans.Reports;

/// <summary>
/// Converts a file to PDF with headless LibreOffice and extracts its text with pdftotext (Debian packages
/// libreoffice-writer, libreoffice-calc, poppler-utils). Each call uses its own LibreOffice profile so parallel runs
/// do not clash over the profile lock.
/// </summary>
internal static class LibreOfficePdf
{
    public static string ConvertAndExtractText(byte[] file, string extension, string? pagesFolder = null)
    {
        var work = Directory.CreateTempSubdirectory("parportal-lo-");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(work.FullName, "report" + extension);
            File.WriteAllBytes(input, file);
            Run("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, input], TimeSpan.FromSeconds(120));

            var pdf = Path.Combine(work.FullName, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not produce a PDF");
            if (pagesFolder is not null)
            {
                // Page images to look at (git-ignored test-results folder): one PNG per page, 80 dpi.
                Directory.CreateDirectory(pagesFolder);
                Run("pdftoppm", ["-png", "-r", "80", pdf, Path.Combine(pagesFolder, "page")], TimeSpan.FromSeconds(60));
            }

            var text = Run("pdftotext", [pdf, "-"], TimeSpan.FromSeconds(30));
            return text.Normalize(NormalizationForm.FormC);
        }
        finally
        {
            work.Delete(recursive: true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} timed out");
        }

        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
