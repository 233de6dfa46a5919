namespace ParPortal.Procedures;

/// <summary>The level of government that carries out a procedure (cấp thực hiện).</summary>
public enum ProcedureLevel
{
    /// <summary>Cấp Bộ (ministry, central level).</summary>
    Bo,

    /// <summary>Cấp Tỉnh (province).</summary>
    Tinh,

    /// <summary>Cấp Xã (commune).</summary>
    Xa,

    /// <summary>Cấp Huyện: the district level, abolished on 01/07/2025; kept only for historical records.</summary>
    Huyen,
}
