using System.Collections.Concurrent;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

/// <summary>The test stand-in for the DbContext-backed lookup that the host provides.</summary>
internal sealed class InMemoryMediaFileLookup : IMediaFileLookup
{
    private readonly ConcurrentDictionary<Guid, MediaFile> _files = new();

    public void Add(MediaFile file) => _files[file.Id] = file;

    public Task<MediaFile?> FindAsync(Guid id, CancellationToken ct) =>
        Task.FromResult(_files.TryGetValue(id, out var f) ? f : null);
}
