namespace ParPortal.Procedures;

/// <summary>The online public-service level of a procedure, in the current two-level scheme.</summary>
public enum OnlineServiceLevel
{
    /// <summary>No online service (also the legacy "mức độ 1" and "mức độ 2").</summary>
    None,

    /// <summary>Một phần: partly online (the legacy "mức độ 3").</summary>
    MotPhan,

    /// <summary>Toàn trình: fully online (the legacy "mức độ 4").</summary>
    ToanTrinh,
}
