/**
 * The KPI dashboard's benchmark bands: the colour rules of a result cell and the words shown beside it.
 *
 * Rates (retention and churn) are benchmarked on their annual equivalent, the basis in which retention
 * benchmarks are published: the dashboard compounds the period's rate to twelve months and colours that cell.
 * The churn bands mirror the retention bands (gross churn = 1 − GRR, net churn = 1 − NRR), so that a
 * retention and its churn never show different colours. A cell showing "–" gets no colour.
 */
import type { ColourRule } from "./spec";
import type { Bilingual } from "../functions/excel/language";

export interface Band {
  readonly rules: readonly ColourRule[];
  readonly text: Bilingual;
}

export type BandKind = "nrr" | "grr" | "churn" | "netChurn" | "quick" | "ltvcac" | "payback" | "nps" | "csat";

/** `B12` → `$B$12`: the rules are written for one cell. */
const absolute = (cell: string) => `$${cell.replace(/(\d+)/, "$$$1")}`;

/** Green, amber, red conditions (each a comparison of `x`), applied only when the cell holds a number. */
function rules(cell: string, green: string, amber: string, red: string): ColourRule[] {
  const c = absolute(cell);
  const when = (test: string) => `AND(ISNUMBER(${c}),${test.replace(/x/g, () => c)})`;
  return [
    { when: when(green), colour: "green" },
    { when: when(amber), colour: "amber" },
    { when: when(red), colour: "red" },
  ];
}

/**
 * The bands of a result, for the cell they colour.
 *
 * @param cell - the coloured cell, e.g. `C12`
 * @param kind - which benchmark
 * @returns the colour rules and the benchmark's words
 */
export function band(cell: string, kind: BandKind): Band {
  const bands: Record<BandKind, () => Band> = {
    nrr: () => ({
      rules: rules(cell, "x>1.1", "AND(x>=1,x<=1.1)", "x<1"),
      text: {
        en: "annual: above 110 % green, 100–110 % amber, below 100 % red",
        fr: "annuel : au-delà de 110 % vert, 100–110 % orange, sous 100 % rouge",
      },
    }),
    grr: () => ({
      rules: rules(cell, "x>=0.9", "AND(x>=0.8,x<0.9)", "x<0.8"),
      text: {
        en: "annual: 90 % or more green, 80–90 % amber, below red",
        fr: "annuel : 90 % ou plus vert, 80–90 % orange, en dessous rouge",
      },
    }),
    churn: () => ({
      rules: rules(cell, "x<=0.1", "AND(x>0.1,x<=0.2)", "x>0.2"),
      text: {
        en: "annual: 10 % or less green, 10–20 % amber, above red",
        fr: "annuel : 10 % ou moins vert, 10–20 % orange, au-delà rouge",
      },
    }),
    netChurn: () => ({
      rules: rules(cell, "x<-0.1", "AND(x>=-0.1,x<=0)", "x>0"),
      text: {
        en: "annual: below −10 % green, −10–0 % amber, above 0 red",
        fr: "annuel : sous −10 % vert, −10–0 % orange, au-delà de 0 rouge",
      },
    }),
    quick: () => ({
      rules: rules(cell, "x>=4", "AND(x>=1,x<4)", "x<1"),
      text: { en: "4 or more green, 1–4 amber, below 1 red", fr: "4 ou plus vert, 1–4 orange, sous 1 rouge" },
    }),
    ltvcac: () => ({
      rules: rules(cell, "x>3", "AND(x>=1,x<=3)", "x<1"),
      text: {
        en: "above 3 green, 1–3 amber, below 1 red",
        fr: "au-delà de 3 vert, 1–3 orange, sous 1 rouge",
      },
    }),
    payback: () => ({
      rules: rules(cell, "x<=12", "AND(x>12,x<=18)", "x>18"),
      text: {
        en: "12 months or less green, 12–18 amber, above red",
        fr: "12 mois ou moins vert, 12–18 orange, au-delà rouge",
      },
    }),
    nps: () => ({
      rules: rules(cell, "x>=30", "AND(x>=0,x<30)", "x<0"),
      text: {
        en: "30 or more green, 0–30 amber, negative red",
        fr: "30 ou plus vert, 0–30 orange, négatif rouge",
      },
    }),
    csat: () => ({
      rules: rules(cell, "x>=0.8", "AND(x>=0.7,x<0.8)", "x<0.7"),
      text: {
        en: "80 % or more green, 70–80 % amber, below red",
        fr: "80 % ou plus vert, 70–80 % orange, en dessous rouge",
      },
    }),
  };
  return bands[kind]();
}
