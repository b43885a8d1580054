namespace Mingle.Matching;

/// <summary>How a round pairs people. Only <see cref="SiloAware"/> is offered to programmes; the other two are the
/// baselines the simulation compares against.</summary>
public enum CoffeeStrategy
{
    /// <summary>A lottery: shuffle and pair neighbours, no rules at all.</summary>
    Random,

    /// <summary>Donut-style: random pairs across departments, avoiding blocks and recent repeats.</summary>
    CrossUnit,

    /// <summary>Mingle's rules: every hard rule, weighted towards units that barely talk.</summary>
    SiloAware,
}
