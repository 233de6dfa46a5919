using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParPortal.Data;

/// <summary>Stores DateTime as UTC and reads it back with Kind = Utc on both providers.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
