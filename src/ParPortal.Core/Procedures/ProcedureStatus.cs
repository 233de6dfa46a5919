namespace ParPortal.Procedures;

/// <summary>Whether a procedure is in force (tình trạng hiệu lực).</summary>
public enum ProcedureStatus
{
    /// <summary>Còn hiệu lực.</summary>
    InForce,

    /// <summary>Sửa đổi, bổ sung: still in force, in an amended form.</summary>
    Amended,

    /// <summary>Hết hiệu lực or bãi bỏ.</summary>
    Abolished,
}
