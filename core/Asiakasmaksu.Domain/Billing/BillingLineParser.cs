using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using C = Asiakasmaksu.Domain.Billing.BillingColumns;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// Checks one record's fields by the rules of docs/billing-file.md and makes it a
/// <see cref="BillingLine"/>, or a rejection naming the first column at fault (in the docs
/// table's order). Reasons never repeat a value.
/// </summary>
internal static class BillingLineParser
{
    private const string RecipientTogether = "recipient_name, recipient_street, recipient_postal_code and recipient_city go together: give all four or none";
    private const int MaxPostalCodeLength = 16;
    private const int MaxQuantityDecimals = 4;

    /// <summary>Parses <paramref name="fields"/> (by slot, trimmed, empty when absent) of the record starting at <paramref name="lineNumber"/>.</summary>
    public static BillingRecord Parse(string[] fields, int lineNumber, bool decimalComma)
    {
        string Get(string column) => fields[HeaderLayout.SlotOf(column)];

        var clientId = FieldRules.Reportable(Get(C.ClientId));
        var problem = Check(Get, decimalComma, lineNumber, out var line);
        return problem is var (column, reason)
            ? new BillingRecord.Rejected(new LineRejection(lineNumber, column, reason, clientId))
            : new BillingRecord.Accepted(line!);
    }

    private static (string Column, string Reason)? Check(Func<string, string> get, bool decimalComma, int lineNumber, out BillingLine? line)
    {
        line = null;
        foreach (var column in new[] { C.BatchId, C.LineId, C.ClientId })
        {
            if (FieldRules.Id(get(column)) is { } reason)
            {
                return (column, reason);
            }
        }

        if (Address(get, C.Name, C.Street, C.PostalCode, C.City) is { } addressProblem)
        {
            return addressProblem;
        }

        if (get(C.Language).Length == 0)
        {
            return (C.Language, "missing field");
        }

        if (!LanguageCodes.TryParse(get(C.Language), out var language))
        {
            return (C.Language, "unknown language: use fi, sv or en");
        }

        if (FieldRules.Text(get(C.ServiceCode), FieldRules.MaxIdLength, required: true) is { } serviceProblem)
        {
            return (C.ServiceCode, serviceProblem);
        }

        if (FieldRules.Date(get(C.ServiceDate), out var serviceDate) is { } serviceDateProblem)
        {
            return (C.ServiceDate, serviceDateProblem);
        }

        if (Amount(get(C.Amount), C.Amount, decimalComma, out var amount) is { } amountProblem)
        {
            return (C.Amount, amountProblem);
        }

        var ceiling = get(C.Ceiling);
        if (ceiling is not ("1" or "0"))
        {
            return (C.Ceiling, ceiling.Length == 0 ? "missing field" : "must be 1 (counts toward the payment ceiling) or 0");
        }

        if (FieldRules.Date(get(C.InvoiceDate), out var invoiceDate) is { } invoiceDateProblem)
        {
            return (C.InvoiceDate, invoiceDateProblem);
        }

        var ssn = get(C.Ssn);
        if (ssn.Length > 0 && PersonalIdentityCode.Problem(ssn) is { } ssnProblem)
        {
            return (C.Ssn, ssnProblem);
        }

        var email = get(C.Email);
        if (FieldRules.Email(email) is { } emailProblem)
        {
            return (C.Email, emailProblem);
        }

        if (Representative(get, out var representative) is var (recipientColumn, recipientProblem))
        {
            return (recipientColumn, recipientProblem);
        }

        if (QuantityAndPrice(get, decimalComma, amount, out var quantity, out var unitPrice) is { } priceProblem)
        {
            return priceProblem;
        }

        if (CeilingFields.Check(get, serviceDate, out var category, out var days, out var holder) is { } ceilingProblem)
        {
            return ceilingProblem;
        }

        if (EInvoiceFields.Check(get, out var einvoice) is { } einvoiceProblem)
        {
            return einvoiceProblem;
        }

        string[] canonical =
        [
            get(C.BatchId), get(C.LineId), get(C.ClientId), get(C.Name), get(C.Street), get(C.PostalCode), get(C.City),
            language.Code(), get(C.ServiceCode), Iso(serviceDate), amount.ToString(), ceiling, Iso(invoiceDate),
            ssn, email, get(C.RecipientName), get(C.RecipientStreet), get(C.RecipientPostalCode), get(C.RecipientCity),
            quantity is { } q ? BillingContentHash.Quantity(q) : string.Empty, unitPrice?.ToString() ?? string.Empty,
            .. CeilingFields.Canonical(category, days, holder),
            .. EInvoiceFields.Canonical(get),
        ];
        line = new BillingLine(
            lineNumber,
            get(C.BatchId),
            get(C.LineId),
            get(C.ClientId),
            new PostalAddress(get(C.Name), get(C.Street), get(C.PostalCode), get(C.City)),
            language,
            get(C.ServiceCode),
            serviceDate,
            amount,
            ceiling == "1",
            invoiceDate,
            email.Length == 0 ? null : email,
            representative,
            quantity,
            unitPrice,
            BillingContentHash.Of(canonical),
            category,
            days,
            holder,
            einvoice);
        return null;
    }

    private static string? Amount(string value, string column, bool decimalComma, out Money amount)
    {
        amount = Money.Zero;
        if (FieldRules.Decimal(value, decimalComma, 2, out var euros) is { } problem)
        {
            return problem;
        }

        if (euros <= 0m)
        {
            return column == C.Amount ? "zero or negative amount" : $"{column} must be above zero";
        }

        if (euros > FieldRules.MaxAmount)
        {
            return column == C.Amount ? "amount above 1 000 000" : $"{column} above 1 000 000";
        }

        amount = Money.Of(euros);
        return null;
    }

    private static (string Column, string Reason)? Representative(Func<string, string> get, out PostalAddress? representative)
    {
        representative = null;
        string[] columns = [C.RecipientName, C.RecipientStreet, C.RecipientPostalCode, C.RecipientCity];
        var given = columns.Count(c => get(c).Length > 0);
        if (given == 0)
        {
            return null;
        }

        if (given < columns.Length)
        {
            return (columns.First(c => get(c).Length == 0), RecipientTogether);
        }

        if (Address(get, C.RecipientName, C.RecipientStreet, C.RecipientPostalCode, C.RecipientCity) is { } problem)
        {
            return problem;
        }

        representative = new PostalAddress(get(C.RecipientName), get(C.RecipientStreet), get(C.RecipientPostalCode), get(C.RecipientCity));
        return null;
    }

    /// <summary>The first problem of a name and address: each required text, the postal code at most 16 characters and of a postal code's form.</summary>
    private static (string Column, string Reason)? Address(Func<string, string> get, string name, string street, string postalCode, string city)
    {
        foreach (var column in new[] { name, street, postalCode, city })
        {
            if (FieldRules.Text(get(column), column == postalCode ? MaxPostalCodeLength : FieldRules.MaxTextLength, required: true) is { } problem)
            {
                return (column, problem);
            }

            if (column == postalCode && FieldRules.PostalCode(get(column)) is { } form)
            {
                return (column, form);
            }
        }

        return null;
    }

    private static (string Column, string Reason)? QuantityAndPrice(Func<string, string> get, bool decimalComma, Money amount, out decimal? quantity, out Money? unitPrice)
    {
        quantity = null;
        unitPrice = null;
        var (quantityText, priceText) = (get(C.Quantity), get(C.UnitPrice));
        if (quantityText.Length == 0 && priceText.Length == 0)
        {
            return null;
        }

        if (quantityText.Length == 0 || priceText.Length == 0)
        {
            return (quantityText.Length == 0 ? C.Quantity : C.UnitPrice, "quantity and unit_price go together: give both or neither");
        }

        if (FieldRules.Decimal(quantityText, decimalComma, MaxQuantityDecimals, out var q) is { } quantityProblem)
        {
            return (C.Quantity, quantityProblem);
        }

        if (q <= 0m || q > FieldRules.MaxAmount)
        {
            return (C.Quantity, q <= 0m ? "quantity must be above zero" : "quantity above 1 000 000");
        }

        if (Amount(priceText, C.UnitPrice, decimalComma, out var price) is { } priceProblem)
        {
            return (C.UnitPrice, priceProblem);
        }

        if (Money.RoundToCents(q * price.Euros) != amount)
        {
            return (C.Amount, "amount is not quantity × unit_price rounded to cents");
        }

        (quantity, unitPrice) = (q, price);
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
