using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>Writes and reads billing lines in a compact binary form for the import's temporary run files.</summary>
internal static class BillingLineCodec
{
    public static void Write(BinaryWriter w, BillingLine l)
    {
        w.Write(l.LineNumber);
        w.Write(l.BatchId);
        w.Write(l.LineId);
        w.Write(l.ClientId);
        WriteAddress(w, l.Client);
        w.Write((byte)l.Language);
        w.Write(l.ServiceCode);
        w.Write(l.ServiceDate.DayNumber);
        w.Write(l.Amount.Cents);
        w.Write(l.CountsTowardCeiling);
        w.Write(l.InvoiceDate.DayNumber);
        WriteOptional(w, l.Email);
        w.Write(l.Representative is not null);
        if (l.Representative is { } r)
        {
            WriteAddress(w, r);
        }

        w.Write(l.Quantity.HasValue);
        if (l.Quantity is { } q)
        {
            w.Write(q);
        }

        w.Write(l.UnitPrice.HasValue);
        if (l.UnitPrice is { } p)
        {
            w.Write(p.Cents);
        }

        w.Write(l.ContentHash);
        w.Write((byte)l.Category);
        w.Write(l.Days);
        WriteOptional(w, l.CeilingHolderId);
    }

    public static BillingLine Read(BinaryReader r) => new(
        r.ReadInt32(),
        r.ReadString(),
        r.ReadString(),
        r.ReadString(),
        ReadAddress(r),
        (Language)r.ReadByte(),
        r.ReadString(),
        DateOnly.FromDayNumber(r.ReadInt32()),
        Money.FromCents(r.ReadInt64()),
        r.ReadBoolean(),
        DateOnly.FromDayNumber(r.ReadInt32()),
        r.ReadBoolean() ? r.ReadString() : null,
        r.ReadBoolean() ? ReadAddress(r) : null,
        r.ReadBoolean() ? r.ReadDecimal() : null,
        r.ReadBoolean() ? Money.FromCents(r.ReadInt64()) : null,
        r.ReadString(),
        (ServiceCategory)r.ReadByte(),
        r.ReadInt32(),
        r.ReadBoolean() ? r.ReadString() : null);

    private static void WriteAddress(BinaryWriter w, PostalAddress a)
    {
        w.Write(a.Name);
        w.Write(a.Street);
        w.Write(a.PostalCode);
        w.Write(a.City);
    }

    private static PostalAddress ReadAddress(BinaryReader r) => new(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString());

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }
}
