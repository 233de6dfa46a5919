using ParPortal.Content;

namespace ParPortal.Tests.Core.Content;

public sealed class ScheduleDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Due_Publishes_WhenPublishTimeHasCome() =>
        Assert.Equal(ScheduledAction.Publish, ScheduleDecision.Due(Now, Now, null, isPublished: false));

    [Fact]
    public void Due_DoesNothing_WhenPublishTimeIsOneSecondAway() =>
        Assert.Equal(ScheduledAction.None, ScheduleDecision.Due(Now, Now.AddSeconds(1), null, isPublished: false));

    [Fact]
    public void Due_Unpublishes_WhenUnpublishTimeHasPassedForAPublishedItem() =>
        Assert.Equal(ScheduledAction.Unpublish, ScheduleDecision.Due(Now, null, Now.AddMinutes(-1), isPublished: true));

    [Fact]
    public void Due_PublishesFirst_WhenBothTimesPassedAndItemIsNotPublished() =>
        Assert.Equal(ScheduledAction.Publish, ScheduleDecision.Due(Now, Now.AddMinutes(-2), Now.AddMinutes(-1), isPublished: false));

    [Fact]
    public void Due_DoesNotUnpublish_WhenItemIsNotPublished() =>
        Assert.Equal(ScheduledAction.None, ScheduleDecision.Due(Now, null, Now.AddMinutes(-1), isPublished: false));

    [Fact]
    public void Validate_Refuses_WhenUnpublishIsBeforePublish()
    {
        var e = Assert.Throws<ContentRuleException>(() => ScheduleDecision.Validate(Now, Now.AddDays(2), Now.AddDays(1)));
        Assert.Equal("unpublishAt", e.Field);
    }

    [Fact]
    public void Validate_Refuses_WhenUnpublishIsInThePast() =>
        Assert.Throws<ContentRuleException>(() => ScheduleDecision.Validate(Now, null, Now.AddSeconds(-1)));

    [Fact]
    public void Validate_Accepts_WhenPublishIsInThePast() => ScheduleDecision.Validate(Now, Now.AddDays(-1), null);
}
