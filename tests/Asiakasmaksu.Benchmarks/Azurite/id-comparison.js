// What one instance-id comparison costs Azurite, by the ids' form (docs/orchestrations.md, "The bare
// engine's instance ids"). Azurite finds an engine's Instances row by comparing the id it was asked
// for with the PartitionKey of every row with the same RowKey, and all of them have the empty one.
// This scans 10 000 rows made by JSON.parse (as Azurite stores a request's entity) with ids taken out
// of a URL (as Azurite takes a query's), 2 000 times, for short ids of varying length and for ids of
// an invoice's form (8-character batch key, dash, 16 characters). Run: node id-comparison.js
"use strict";

const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
const rows = 10000;
const lookups = 2000;

function invoiceShaped(i) {
  let key = "";
  for (let c = 0; c < 16; c++) {
    key += alphabet[(i * 7919 + c * 104729 + (i >> c)) % 32];
  }
  return `4zj32g3k-${key}`;
}

function nanosecondsPerComparison(idOf) {
  const data = [];
  for (let i = 0; i < rows; i++) {
    data.push(JSON.parse(JSON.stringify({ PartitionKey: idOf(i), RowKey: "", properties: {} })));
  }

  const wanted = [];
  for (let q = 0; q < lookups; q++) {
    const url = `/hubInstances()?$filter=PartitionKey%20eq%20%27${idOf((q * 37) % rows)}%27`;
    wanted.push(decodeURIComponent(url).split("'")[1]);
  }

  const equals = (a, b) => a === b;
  let found = 0;
  const start = process.hrtime.bigint();
  for (const id of wanted) {
    for (let i = 0; i < rows; i++) {
      if (equals(data[i].PartitionKey, id)) {
        found++;
      }
    }
  }

  const elapsed = Number(process.hrtime.bigint() - start);
  if (found !== lookups) {
    throw new Error(`found ${found} rows for ${lookups} lookups`);
  }

  return elapsed / (lookups * rows);
}

for (let round = 1; round <= 2; round++) {
  const short = nanosecondsPerComparison(i => `bare-${i}`);
  const invoice = nanosecondsPerComparison(invoiceShaped);
  console.log(`round ${round}: bare-N ids ${short.toFixed(1)} ns a comparison, invoice-shaped ids ${invoice.toFixed(1)} ns: ratio ${(invoice / short).toFixed(1)}`);
}
