using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// How many of the added sets hold each document, as binary digits stored across bit sets (bit-sliced), so adding
/// a set costs a few operations per 64 documents.
/// </summary>
internal sealed class BitCounter
{
    private readonly int _maxDoc;
    private readonly long[][] _planes;

    public BitCounter(int maxDoc, int sets)
    {
        _maxDoc = maxDoc;
        var planes = 1;
        while ((1 << planes) <= sets)
        {
            planes++;
        }
        var words = FixedBitSet.Bits2words(maxDoc);
        _planes = Enumerable.Range(0, planes).Select(_ => new long[words]).ToArray();
    }

    public void Add(FixedBitSet set)
    {
        var bits = set.GetBits();
        for (var w = 0; w < _planes[0].Length; w++)
        {
            var carry = bits[w];
            for (var p = 0; p < _planes.Length && carry != 0; p++)
            {
                var plane = _planes[p][w];
                _planes[p][w] = plane ^ carry;
                carry &= plane;
            }
        }
    }

    /// <summary>The documents held by at least <paramref name="minimum"/> of the added sets.</summary>
    public FixedBitSet AtLeast(int minimum)
    {
        var result = new FixedBitSet(_maxDoc);
        if (minimum >= 1 << _planes.Length)
        {
            return result;
        }
        var bits = result.GetBits();
        for (var w = 0; w < bits.Length; w++)
        {
            // Compare the counter with the minimum from the highest binary digit down.
            long greater = 0, equal = -1;
            for (var p = _planes.Length - 1; p >= 0; p--)
            {
                var count = _planes[p][w];
                if ((minimum >> p & 1) == 1)
                {
                    equal &= count;
                }
                else
                {
                    greater |= equal & count;
                    equal &= ~count;
                }
            }
            bits[w] = greater | equal;
        }
        // Bits past maxDoc stay clear: every added set kept them clear, and a minimum of 0 is never asked.
        return result;
    }
}
