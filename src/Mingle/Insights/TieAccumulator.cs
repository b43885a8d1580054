using Mingle.Graph;
using Mingle.Network;

namespace Mingle.Insights;

/// <summary>
/// Turns a stream of dated interactions between dense person indexes into ties. Every interaction becomes one
/// 64-bit key (lower index, higher index, age in days); one sort groups them by pair with ages in order, so "at least
/// m interactions within s days" is a sliding check and 5 million rows cost 40 MB and a second, not a dictionary of
/// lists. A row of imported metadata counts as one interaction whatever its count: seven messages in one afternoon
/// are one exchange, and counting them would let a chatty channel outweigh a weekly 1:1.
/// A mutual connection (both people accepted) is a tie on its own.
/// </summary>
public sealed class TieAccumulator
{
    const int AgeBits = 10;
    const int ConnectionMarker = (1 << AgeBits) - 1;

    /// <summary>What a confirmed connection adds to a tie's weight: as much as one interaction today.</summary>
    public const double ConnectionWeight = 1.0;

    readonly int people;
    readonly int windowDays;
    readonly InsightsOptions options;
    readonly int personBits;
    long[] keys = new long[1024];
    int keyCount;
    long[] help = new long[256];
    int helpCount;

    public TieAccumulator(int people, int windowDays, InsightsOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(windowDays, ConnectionMarker);
        this.people = people;
        this.windowDays = windowDays;
        this.options = options;
        personBits = Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(1, people - 1)));
        if ((2 * personBits) + AgeBits > 63) throw new ArgumentOutOfRangeException(nameof(people), "Too many people for one key.");
    }

    public int InteractionCount { get; private set; }

    /// <summary>An interaction <paramref name="ageDays"/> days before the window's end (future dates count as today).</summary>
    public void AddInteraction(int from, int to, int ageDays, InteractionType type)
    {
        if (from == to || (uint)from >= (uint)people || (uint)to >= (uint)people) return;
        var age = Math.Clamp(ageDays, 0, windowDays);
        Push(ref keys, ref keyCount, PairKey(from, to) << AgeBits | (long)age);
        InteractionCount++;
        if (HelperOf(from, to, type) is { } helper)
            Push(ref help, ref helpCount, ((long)helper << personBits) | (long)(helper == from ? to : from));
    }

    /// <summary>A tie on its own: a mutual connection or a survey nomination (one or several add the weight once).</summary>
    public void AddConnection(int a, int b)
    {
        if (a == b || (uint)a >= (uint)people || (uint)b >= (uint)people) return;
        Push(ref keys, ref keyCount, PairKey(a, b) << AgeBits | ConnectionMarker);
    }

    /// <summary>The person asked for help or advice, or null when the interaction is not a request for help.</summary>
    public static int? HelperOf(int from, int to, InteractionType type) => type switch
    {
        // HelpReceived is logged by the receiver (From) about the helper (To); every other help type reads From → To.
        InteractionType.HelpReceived => to,
        InteractionType.Help or InteractionType.HelpGiven or InteractionType.Advice or InteractionType.Mentoring => from,
        _ => null,
    };

    public TieSet Build()
    {
        Array.Sort(keys, 0, keyCount);
        var decay = new double[windowDays + 1];
        for (var d = 0; d <= windowDays; d++) decay[d] = Math.Pow(0.5, d / options.HalfLifeDays);
        var builder = new GraphBuilder(directed: false, weighted: true);
        builder.EnsureNodes(people);
        var ages = new List<int>();
        var ties = 0;
        var i = 0;
        var personMask = (1L << personBits) - 1;
        while (i < keyCount)
        {
            var pair = keys[i] >> AgeBits;
            ages.Clear();
            var connected = false;
            var weight = 0.0;
            for (; i < keyCount && keys[i] >> AgeBits == pair; i++)
            {
                var age = (int)(keys[i] & ConnectionMarker);
                if (age == ConnectionMarker)
                {
                    connected = true;
                    continue;
                }
                ages.Add(age);
                weight += decay[age];
            }
            if (!connected && !Qualifies(ages)) continue;
            if (connected) weight += ConnectionWeight;
            builder.AddEdge((int)(pair >> personBits), (int)(pair & personMask), weight);
            ties++;
        }
        keys = [];
        return new TieSet(builder.Build(), HelpSeekers(), InteractionCount, ties);
    }

    /// <summary>Ages are sorted ascending: some m consecutive ones must span less than s days.</summary>
    bool Qualifies(List<int> ages)
    {
        var m = options.TieMinInteractions;
        for (var j = 0; j + m - 1 < ages.Count; j++)
            if (ages[j + m - 1] - ages[j] < options.TieSpanDays) return true;
        return false;
    }

    /// <summary>Distinct people who asked each person for help or advice in the window.</summary>
    int[] HelpSeekers()
    {
        Array.Sort(help, 0, helpCount);
        var seekers = new int[people];
        for (var j = 0; j < helpCount; j++)
            if (j == 0 || help[j] != help[j - 1]) seekers[(int)(help[j] >> personBits)]++;
        help = [];
        return seekers;
    }

    long PairKey(int a, int b) => a < b ? ((long)a << personBits) | (long)b : ((long)b << personBits) | (long)a;

    static void Push(ref long[] array, ref int count, long value)
    {
        if (count == array.Length) Array.Resize(ref array, array.Length * 2);
        array[count++] = value;
    }
}
