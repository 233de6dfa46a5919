using ParPortal.Content;

namespace ParPortal.Tests.Core.Content;

public sealed class ContentLifecycleTests
{
    public static TheoryData<ContentState, ContentState> Allowed => new()
    {
        { ContentState.Draft, ContentState.InReview },
        { ContentState.Draft, ContentState.Published },
        { ContentState.Draft, ContentState.Archived },
        { ContentState.InReview, ContentState.Draft },
        { ContentState.InReview, ContentState.Published },
        { ContentState.InReview, ContentState.Archived },
        { ContentState.Published, ContentState.Unpublished },
        { ContentState.Published, ContentState.Archived },
        { ContentState.Unpublished, ContentState.Published },
        { ContentState.Unpublished, ContentState.Draft },
        { ContentState.Unpublished, ContentState.Archived },
        { ContentState.Archived, ContentState.Draft },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void EnsureAllowed_DoesNotThrow_WhenTransitionIsAllowed(ContentState from, ContentState to)
    {
        ContentLifecycle.EnsureAllowed(from, to);
        Assert.True(ContentLifecycle.CanTransition(from, to));
    }

    [Fact]
    public void EnsureAllowed_Throws_ForEveryTransitionNotInTheTable()
    {
        var allowed = Allowed.Select(row => ((ContentState)row[0], (ContentState)row[1])).ToHashSet();
        var refused = 0;
        foreach (var from in Enum.GetValues<ContentState>())
        {
            foreach (var to in Enum.GetValues<ContentState>())
            {
                if (allowed.Contains((from, to)))
                {
                    continue;
                }

                var e = Assert.Throws<ContentRuleException>(() => ContentLifecycle.EnsureAllowed(from, to));
                Assert.Contains(StateNames.Vietnamese(to), e.Message, StringComparison.Ordinal);
                Assert.Equal("state", e.Field);
                refused++;
            }
        }

        // 25 pairs in all, 12 allowed: the rest must each be refused.
        Assert.Equal(13, refused);
    }

    [Fact]
    public void CanTransition_RefusesPublishingAPublishedVersionAgain_WhenAlreadyPublished() =>
        Assert.False(ContentLifecycle.CanTransition(ContentState.Published, ContentState.Published));

    [Fact]
    public void CanTransition_RefusesArchivedToPublished_WhenItemWasArchived() =>
        Assert.False(ContentLifecycle.CanTransition(ContentState.Archived, ContentState.Published));
}
