namespace ParPortal.Procedures;

/// <summary>The level of government that carries out a procedure. Huyen exists only for records before 01/07/2025.</summary>
public enum ProcedureLevel
{
    Bo,
    Tinh,
    Xa,
    Huyen,
}

/// <summary>Online public-service level: "toàn trình" / "một phần" / none (legacy mức độ 3/4 map onto these).</summary>
public enum OnlineServiceLevel
{
    None,
    MotPhan,
    ToanTrinh,
}

/// <summary>Whether a procedure is in force, amended or abolished.</summary>
public enum ProcedureStatus
{
    InForce,
    Amended,
    Abolished,
}
