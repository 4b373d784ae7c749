using System.Globalization;

namespace Asiakasmaksu.Domain.Tests.Payments;

/// <summary>Hand-made KTL reference transfer records (90 characters each).</summary>
internal static class KtlBuilder
{
    public static string Header(string date = "261120") =>
        ("0" + date + "0930" + "01" + "123456789" + "1").PadRight(90);

    public static string Payment(string archiveId, string reference, long cents, string entryDate = "261120", string paymentDate = "261119", bool correction = false) =>
        "3" + "12345600000785" + entryDate + paymentDate + archiveId.PadRight(16) + reference.PadLeft(20, '0')
        + "VIRTANEN MAI" + "1" + "A" + cents.ToString("D10", CultureInfo.InvariantCulture) + (correction ? "1" : "0") + "A" + " ";

    public static string Totals(int count, long sum, int corrections = 0, long correctionSum = 0) =>
        ("9" + count.ToString("D6", CultureInfo.InvariantCulture) + sum.ToString("D11", CultureInfo.InvariantCulture)
         + corrections.ToString("D6", CultureInfo.InvariantCulture) + correctionSum.ToString("D11", CultureInfo.InvariantCulture)).PadRight(90);

    public static string File(params string[] records) => string.Join("\r\n", records) + "\r\n";
}
