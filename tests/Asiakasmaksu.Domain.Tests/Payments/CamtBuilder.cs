namespace Asiakasmaksu.Domain.Tests.Payments;

/// <summary>Hand-made camt.054 documents.</summary>
internal static class CamtBuilder
{
    public const string V02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
    public const string V08 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    public static byte[] Document(string entries, string ns = V02, string summary = "") =>
        System.Text.Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="{ns}">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-11-20T06:00:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>1</Id>
                  <Acct><Id><IBAN>FI4950009420028730</IBAN></Id></Acct>
                  {summary}
                  {entries}
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """);

    public static string Entry(string amount, string acctSvcrRef, string transactions, string indicator = "CRDT", string status = "<Sts>BOOK</Sts>", string reversal = "") => $"""
        <Ntry>
          <Amt Ccy="EUR">{amount}</Amt>
          <CdtDbtInd>{indicator}</CdtDbtInd>
          {reversal}
          {status}
          <BookgDt><Dt>2026-11-20</Dt></BookgDt>
          <ValDt><Dt>2026-11-19</Dt></ValDt>
          <AcctSvcrRef>{acctSvcrRef}</AcctSvcrRef>
          <BkTxCd/>
          <NtryDtls>{transactions}</NtryDtls>
        </Ntry>
        """;

    public static string Tx(string amount, string reference, string? acctSvcrRef = null) => $"""
        <TxDtls>
          <Refs>{(acctSvcrRef is null ? string.Empty : $"<AcctSvcrRef>{acctSvcrRef}</AcctSvcrRef>")}<EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>
          <RltdPties><Dbtr><Nm>Maija Virtanen</Nm></Dbtr></RltdPties>
          <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls>
        """;
}
