using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>Notices for the outbox tests: the seed invoice (25.7.2017, 45.90 €, due 11.8.2017) to a client with or without an email address.</summary>
internal static class OutboxNotices
{
    public const string ClientName = "Maija Meikäläinen";
    public const string ClientEmail = "maija.meikalainen@asiakas.example";

    public static Notice Invoice(string id = "k3jqz7ma-5ee2ytd4bn3wq6rf-0001", string? email = ClientEmail) =>
        new(
            id,
            NoticeKind.Invoice,
            new DateOnly(2017, 7, 25),
            Language.Fi,
            new Recipient(new PostalAddress(ClientName, "Esimerkkikatu 1 A 2", "00100", "Helsinki"), email, false),
            ClientName,
            "A-1001",
            "2017-06",
            new InvoiceId("k3jqz7ma-5ee2ytd4bn3wq6rf"),
            new NoticeAmounts(Money.Of(45.90m), Money.Zero, Money.Zero, Money.Of(45.90m)),
            new DateOnly(2017, 8, 11),
            "12345672",
            NoticeDetails.None with
            {
                InvoiceDate = new DateOnly(2017, 7, 25),
                Lines = [new InvoiceLine("L1", "TK-VASTAANOTTO", new DateOnly(2017, 6, 12), Money.Of(45.90m), true)],
            });
}
