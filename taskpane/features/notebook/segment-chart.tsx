import { makeStyles } from "@fluentui/react-components";
import type { Language } from "../../../functions/excel/language";
import { fill, type NotebookStrings } from "./notebook-strings";
import type { Formats } from "./view-helpers";

const useStyles = makeStyles({
  svg: { maxWidth: "100%", width: "100%", height: "auto" },
});

/** One tier as the preview shows it. */
export interface TierShare {
  readonly name: string;
  readonly accounts: number;
  readonly currentArr: number;
}

const WIDTH = 320;
const LABELS = 110;
const BARS = WIDTH - LABELS - 44;
const GROUP = 34;
const ACCOUNTS_COLOUR = "#0f6cbd";
const ARR_COLOUR = "#8a3707";
const shortened = (text: string): string => (text.length > 17 ? `${text.slice(0, 16)}…` : text);

/**
 * The preview's chart: per tier, two bars — its share of the accounts and its share of the current ARR — so
 * that a tier with few accounts and most of the ARR stands out. Its label says every figure; the preview's
 * table beside it is the same data.
 */
export function SegmentChart({
  tiers,
  formats,
  language,
  t,
}: {
  tiers: readonly TierShare[];
  formats: Formats;
  language: Language;
  t: NotebookStrings;
}) {
  const styles = useStyles();
  const accounts = tiers.reduce((sum, tier) => sum + tier.accounts, 0);
  const arr = tiers.reduce((sum, tier) => sum + tier.currentArr, 0);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const percent = (value: number) =>
    new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(value);
  const details = tiers
    .map(
      (tier) =>
        `${tier.name}: ${formats.number(tier.accounts, 0)} ${t.accounts.toLowerCase()} (${percent(share(tier.accounts, accounts))}), ${percent(share(tier.currentArr, arr))} ${t.currentArr}`,
    )
    .join("; ");
  const height = tiers.length * GROUP + 28;
  return (
    <svg
      role="img"
      aria-label={fill(t.segmentChart, { details })}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className={styles.svg}
    >
      {tiers.map((tier, i) => {
        const top = i * GROUP + 4;
        const a = share(tier.accounts, accounts);
        const r = share(tier.currentArr, arr);
        return (
          <g key={i}>
            <text x={LABELS - 6} y={top + 17} textAnchor="end" fontSize="11" fill="#242424">
              {shortened(tier.name)}
            </text>
            <rect x={LABELS} y={top} width={Math.max(1, a * BARS)} height={12} fill={ACCOUNTS_COLOUR} />
            <text x={LABELS + a * BARS + 4} y={top + 10} fontSize="10" fill="#424242">
              {percent(a)}
            </text>
            <rect x={LABELS} y={top + 14} width={Math.max(1, r * BARS)} height={12} fill={ARR_COLOUR} />
            <text x={LABELS + r * BARS + 4} y={top + 24} fontSize="10" fill="#424242">
              {percent(r)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${LABELS}, ${height - 12})`}>
        <rect width="10" height="10" fill={ACCOUNTS_COLOUR} />
        <text x="14" y="9" fontSize="10" fill="#242424">
          {t.shareOfAccounts}
        </text>
        <rect x="110" width="10" height="10" fill={ARR_COLOUR} />
        <text x="124" y="9" fontSize="10" fill="#242424">
          {t.shareOfArr}
        </text>
      </g>
    </svg>
  );
}
