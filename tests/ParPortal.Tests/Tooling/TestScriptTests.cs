using System.Diagnostics;

namespace ParPortal.Tests.Tooling;

/// <summary>
/// tools/test.sh decides what to install from Debian's package database. These tests run only its decision
/// (<c>--print-missing</c>) with a fake <c>dpkg-query</c> on PATH, so nothing is installed. The script is for Debian.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class TestScriptTests : IDisposable
{
    private readonly string _bin = Path.Combine(Path.GetTempPath(), "parportal-testsh-" + Guid.NewGuid().ToString("N"));

    public TestScriptTests() => Directory.CreateDirectory(_bin);

    [Fact]
    public void PrintMissing_ListsCalc_WhenOnlyWriterOfLibreOfficeIsInstalled()
    {
        FakeDpkg(missing: ["libreoffice-calc"]);
        // A `libreoffice` command exists (Writer provides it), which is what the old command check looked at.
        FakeCommand("libreoffice");
        FakeCommand("npm");

        var missing = PrintMissing();

        Assert.Equal(["libreoffice-calc"], missing);
    }

    [Fact]
    public void PrintMissing_ListsNothing_WhenEveryPackageIsInstalled()
    {
        FakeDpkg(missing: []);
        FakeCommand("npm");

        Assert.Empty(PrintMissing());
    }

    [Fact]
    public void PrintMissing_ListsNodeAndNpm_WhenNoNpmIsOnPath()
    {
        FakeDpkg(missing: ["nodejs", "npm", "chromium"]);

        var missing = PrintMissing();

        Assert.Equal(["chromium", "nodejs", "npm"], missing.Order());
    }

    /// <summary>A dpkg-query that reports every package installed except <paramref name="missing"/>.</summary>
    private void FakeDpkg(string[] missing)
    {
        var cases = missing.Length == 0 ? "" : $"  {string.Join('|', missing)}) exit 1 ;;\n";
        WriteScript("dpkg-query", "#!/bin/bash\n# called as: dpkg-query -W -f=FORMAT PACKAGE\npkg=\"${@: -1}\"\ncase \"$pkg\" in\n"
            + cases + "esac\nprintf 'install ok installed'\n");
    }

    private void FakeCommand(string name) => WriteScript(name, "#!/bin/bash\nexit 0\n");

    private void WriteScript(string name, string text)
    {
        var path = Path.Combine(_bin, name);
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Runs the script with PATH holding only the fakes and the few tools it calls before deciding.</summary>
    private string[] PrintMissing()
    {
        foreach (var tool in new[] { "dirname" })
        {
            var target = new[] { "/usr/bin/" + tool, "/bin/" + tool }.First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(_bin, tool), target);
        }

        var psi = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tools", "test.sh"));
        psi.ArgumentList.Add("--print-missing");
        psi.Environment["PATH"] = _bin;
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"test.sh --print-missing failed: {error}");
        return output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParPortal.sln not found above the test binaries.");
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);
}
