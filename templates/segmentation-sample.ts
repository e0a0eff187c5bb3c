/**
 * The segmentation workbook's sample portfolio: 48 accounts across tiers, with strategic-industry and
 * historical customers, and the default rules they are segmented with. Texts in English and French.
 */
import { day } from "./sample";
import type { CellValue } from "./spec";
import type { Bilingual } from "../functions/excel/language";

export const INDUSTRIES = {
  software: { en: "Software", fr: "Logiciel" },
  retail: { en: "Retail", fr: "Distribution" },
  manufacturing: { en: "Manufacturing", fr: "Industrie" },
  healthcare: { en: "Healthcare", fr: "Santé" },
  finance: { en: "Financial services", fr: "Services financiers" },
  public: { en: "Public sector", fr: "Secteur public" },
  logistics: { en: "Logistics", fr: "Logistique" },
  education: { en: "Education", fr: "Éducation" },
  energy: { en: "Energy", fr: "Énergie" },
} as const satisfies Record<string, Bilingual>;
type Industry = keyof typeof INDUSTRIES;

export const REGIONS = {
  france: { en: "France", fr: "France" },
  dach: { en: "DACH", fr: "DACH" },
  uk: { en: "UK & Ireland", fr: "Royaume-Uni, Irlande" },
  benelux: { en: "Benelux", fr: "Benelux" },
  south: { en: "Southern Europe", fr: "Europe du Sud" },
  america: { en: "North America", fr: "Amérique du Nord" },
} as const satisfies Record<string, Bilingual>;
type Region = keyof typeof REGIONS;

/** The default rules (the Rules sheet's inputs). */
export const DEFAULT_RULES = {
  tiers: [
    { en: "High touch", fr: "Accompagnement dédié" },
    { en: "Low touch", fr: "Accompagnement allégé" },
    { en: "Tech touch", fr: "Accompagnement digital" },
  ] as const satisfies readonly Bilingual[],
  highCurrent: 100_000,
  highPotential: 250_000,
  lowCurrent: 25_000,
  lowPotential: 75_000,
  usePotential: true,
  historicalBefore: day(2019, 1, 1),
  /** Historical customers stay at least at this level (1 = high touch, 2 = low touch, 3 = tech touch). */
  historicalFloor: 2,
  strategic: [INDUSTRIES.healthcare, INDUSTRIES.public] as const satisfies readonly Bilingual[],
  /** Accounts one CSM carries, per level. */
  accountsPerCsm: [12, 50, 300],
  headcount: 1.5,
  referenceArrPerCsm: 2_000_000,
};

/**
 * Account, current ARR, potential ARR, industry, region, customer since (y, m, d). With the default rules,
 * the comment gives the ARR tier, then what moves it (S: strategic industry, H: historical customer).
 */
const ACCOUNTS: readonly (readonly [string, number, number, Industry, Region, number, number, number])[] = [
  ["Northwind Health", 182_000, 260_000, "healthcare", "uk", 2017, 3, 14], // high (S at the top already)
  ["Atelier Mercier", 8_400, 15_000, "manufacturing", "france", 2016, 5, 2], // tech → H low
  ["Brightwell Logistics", 64_000, 120_000, "logistics", "uk", 2021, 9, 20], // low
  ["Cygnus Software", 215_000, 400_000, "software", "america", 2020, 1, 15], // high
  ["Delta Énergie", 41_000, 300_000, "energy", "france", 2022, 6, 1], // high on potential
  ["Eskerhof GmbH", 12_500, 30_000, "manufacturing", "dach", 2023, 2, 10], // tech
  ["Ville de Rivebelle", 36_000, 60_000, "public", "france", 2021, 4, 12], // low → S high
  ["Fjord Retail", 5_200, 9_000, "retail", "benelux", 2024, 3, 4], // tech
  ["Gallia Assurances", 128_000, 180_000, "finance", "france", 2018, 11, 5], // high (H floor below)
  ["Helix Clinics", 9_800, 20_000, "healthcare", "dach", 2023, 7, 17], // tech → S low
  ["Iberia Foods", 27_000, 40_000, "retail", "south", 2022, 10, 3], // low
  ["Juniper Academy", 14_000, 90_000, "education", "uk", 2024, 1, 22], // low on potential
  ["Kestrel Bank", 310_000, 450_000, "finance", "uk", 2019, 6, 30], // high
  ["Lumen Schools", 6_200, 12_000, "education", "france", 2025, 2, 3], // tech
  ["Meridian Freight", 48_000, 70_000, "logistics", "benelux", 2020, 8, 18], // low
  ["Nordhafen Stadtwerke", 22_000, 50_000, "energy", "dach", 2018, 2, 26], // tech → H low
  ["Orion Care", 58_000, 95_000, "healthcare", "america", 2022, 4, 11], // low → S high
  ["Pollux Textiles", 3_900, 6_000, "manufacturing", "south", 2025, 5, 19], // tech
  ["Quai 54 Studio", 11_000, 16_000, "software", "france", 2023, 9, 4], // tech
  ["Rhône Métropole", 94_000, 140_000, "public", "france", 2017, 10, 9], // low → S high
  ["Saltire Retail", 33_000, 45_000, "retail", "uk", 2021, 1, 25], // low
  ["Tessera Analytics", 142_000, 220_000, "software", "dach", 2021, 12, 6], // high
  ["Umbra Logistique", 18_500, 24_000, "logistics", "france", 2015, 9, 14], // tech → H low
  ["Valence Santé", 16_000, 28_000, "healthcare", "france", 2017, 1, 30], // tech → S low (H: already low)
  ["Westbrook University", 76_000, 110_000, "education", "america", 2020, 5, 11], // low
  ["Xylo Games", 7_400, 85_000, "software", "america", 2024, 6, 24], // low on potential
  ["Yonder Travel", 2_900, 5_000, "retail", "south", 2025, 8, 11], // tech
  ["Zephyr Wind", 105_000, 160_000, "energy", "benelux", 2019, 3, 18], // high
  ["Alder & Finch", 24_500, 32_000, "finance", "uk", 2022, 3, 7], // tech, just under the low threshold
  ["Borealis Pharma", 265_000, 380_000, "healthcare", "dach", 2016, 8, 22], // high
  ["Service cantonal du numérique", 13_500, 26_000, "public", "dach", 2024, 10, 14], // tech → S low
  ["Dunmore Hotels", 45_000, 62_000, "retail", "uk", 2020, 11, 2], // low
  ["Elbe Maschinenbau", 88_000, 260_000, "manufacturing", "dach", 2022, 1, 17], // high on potential
  ["Ferrovia Sud", 52_000, 68_000, "logistics", "south", 2018, 6, 4], // low (H: already low)
  ["Granite Capital", 19_000, 140_000, "finance", "america", 2025, 1, 13], // low on potential
  ["Hartwell Primary Trust", 4_800, 7_000, "education", "uk", 2019, 9, 2], // tech (signed after the date)
  ["Isola Energia", 31_000, 48_000, "energy", "south", 2023, 5, 29], // low
  ["Jasper Robotics", 9_200, 18_000, "manufacturing", "america", 2016, 12, 12], // tech → H low
  ["Kaleido Media", 15_500, 22_000, "software", "benelux", 2022, 8, 8], // tech
  ["Lys Mutuelle", 67_000, 98_000, "finance", "france", 2019, 4, 15], // low
  ["Maasland Gemeente", 29_000, 41_000, "public", "benelux", 2023, 11, 20], // low → S high
  ["Nexa Cloud", 390_000, 600_000, "software", "america", 2018, 4, 23], // high
  ["Ostra Retail", 10_800, 14_000, "retail", "benelux", 2024, 9, 9], // tech
  ["Pinecrest Clinic", 4_100, 8_000, "healthcare", "america", 2025, 6, 16], // tech → S low
  ["Quantum Freight", 112_000, 150_000, "logistics", "america", 2021, 7, 5], // high
  ["Rosalind Labs", 21_000, 38_000, "software", "uk", 2017, 7, 3], // tech → H low
  ["Solène Cosmétiques", 57_000, 80_000, "retail", "france", 2020, 2, 24], // low
  ["Tellur Mining", 6_800, 9_500, "energy", "dach", 2024, 12, 2], // tech
];

/** The Accounts table's rows. */
export const ACCOUNT_ROWS: readonly Readonly<Record<string, CellValue | Bilingual>>[] = ACCOUNTS.map(
  ([account, current, potential, industry, region, y, m, d]) => ({
    account,
    current,
    potential,
    industry: INDUSTRIES[industry],
    region: REGIONS[region],
    since: day(y, m, d),
  }),
);
