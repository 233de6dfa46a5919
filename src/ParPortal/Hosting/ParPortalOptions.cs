namespace ParPortal.Hosting;

/// <summary>Database settings, bound from <c>ParPortal:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ParPortal:Database";

    /// <summary><c>Sqlite</c> (default: a file in <see cref="DataFolder"/>, created on first run) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it may be empty: the file <c>parportal.db</c> in <see cref="DataFolder"/> is
    /// used. For PostgreSQL it is required, e.g. <c>Host=127.0.0.1;Database=parportal;Username=…;Password=…</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The site's data folder (database, media, keys), relative to the content root. Default <c>App_Data</c>.</summary>
    public string DataFolder { get; set; } = "App_Data";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>First-run settings, bound from <c>ParPortal:Setup</c>.</summary>
public sealed class SetupOptions
{
    public const string Section = "ParPortal:Setup";

    /// <summary>
    /// The password of the <c>admin</c> user created on first run. When empty, a random one is generated and written
    /// once to the log.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>The password given to the users a recipe creates (recipes never carry passwords). Empty: random.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Recipes imported on first run, in order, relative to the recipes folder. Default: setup then demo.</summary>
    public List<string> Recipes { get; set; } = [];

    /// <summary>Where recipe files are looked up. Default: the <c>recipes</c> folder copied next to the host.</summary>
    public string? RecipesFolder { get; set; }
}

/// <summary>Scheduling settings, bound from <c>ParPortal:Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "ParPortal:Scheduling";

    /// <summary>How often the scheduler looks for due publications. Default 30 seconds (so at most a minute late).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Turn the background scheduler off (tests drive it by hand).</summary>
    public bool Enabled { get; set; } = true;
}
