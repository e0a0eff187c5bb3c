/** The KPI workbook's deterministic sample: one month of customers, survey answers and support tickets. */
import { between, day, pick, seeded } from "./sample";
import type { TableSpec } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** The segments the Customers sheet offers, in the order the dashboard lists them. */
export const SEGMENTS: readonly Bilingual[] = [
  { en: "Enterprise", fr: "Grands comptes" },
  { en: "Mid-market", fr: "ETI" },
  { en: "SMB", fr: "PME" },
];

/** The answers of the "Previously a customer" column: yes marks a reactivation. */
export const YES: Bilingual = { en: "Yes", fr: "Oui" };
export const NO: Bilingual = { en: "No", fr: "Non" };

/**
 * 25 customers over one month: steady ones, expansions, contractions, one churned, three new and one that
 * left before the period and is back (a reactivation, not a new customer).
 */
export function sampleCustomers(): TableSpec["rows"] {
  const next = seeded(2026);
  const rows: TableSpec["rows"][number][] = Array.from({ length: 24 }, (_, i) => {
    const segment = pick(next, SEGMENTS);
    const start = i >= 21 ? 0 : between(next, 4, 60) * 50; // the last three are new this month
    const kind =
      i >= 21 ? "new" : i === 5 ? "churn" : i % 4 === 1 ? "expand" : i % 9 === 2 ? "contract" : "steady";
    const end =
      kind === "new"
        ? between(next, 4, 30) * 50
        : kind === "churn"
          ? 0
          : kind === "expand"
            ? start + between(next, 1, 10) * 50
            : kind === "contract"
              ? Math.max(50, start - between(next, 1, 8) * 50)
              : start;
    return {
      customer: `Client ${String(i + 1).padStart(2, "0")}`,
      segment,
      start,
      end,
      previously: kind === "new" ? NO : null,
    };
  });
  rows.push({ customer: "Client 25", segment: SEGMENTS[1] ?? null, start: 0, end: 650, previously: YES });
  return rows;
}

/** 48 answers: admins answer NPS, end users CSAT, some both; a blank where not asked. */
export function sampleResponses(): TableSpec["rows"] {
  const next = seeded(1002);
  return Array.from({ length: 48 }, (_, i) => {
    // About half promoters, a third passives, the rest detractors; CSAT mostly 4 and 5.
    const n = next();
    const nps =
      i % 3 === 2
        ? null
        : n < 0.5
          ? between(next, 9, 10)
          : n < 0.8
            ? between(next, 7, 8)
            : between(next, 2, 6);
    const c = next();
    const csat = i % 4 === 1 ? null : c < 0.78 ? between(next, 4, 5) : between(next, 1, 3);
    return { respondent: `R${String(i + 1).padStart(3, "0")}`, nps, csat };
  });
}

/** 30 support tickets of the period. */
export function sampleTickets(): TableSpec["rows"] {
  const next = seeded(77);
  return Array.from({ length: 30 }, (_, i) => ({
    ticket: `T-${1000 + i}`,
    customer: `Client ${String(between(next, 1, 20)).padStart(2, "0")}`,
    opened: day(2026, 10, between(next, 1, 30)),
    hours: Math.round(next() * next() * 48 * 10) / 10 + 0.5,
  }));
}
