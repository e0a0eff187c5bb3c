import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../functions/excel/language";
import { fill, type NotebookStrings } from "./notebook-strings";
import type { Formats } from "./view-helpers";

// HTML, not SVG: tier names and shares keep the pane's text size at any width and wrap instead of being cut;
// only the bars scale.
const useStyles = makeStyles({
  chart: { display: "grid", rowGap: tokens.spacingVerticalS },
  tier: { display: "grid", rowGap: "2px" },
  text: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  // The bar and its share, the share just after the bar's end; the bar takes its part of what the share's
  // room leaves.
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  bar: { height: "12px", minWidth: "1px", flexShrink: 0 },
  share: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: "#424242" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
});

/** One tier as the preview shows it. */
export interface TierShare {
  readonly name: string;
  readonly accounts: number;
  readonly currentArr: number;
}

const ACCOUNTS_COLOUR = "#0f6cbd";
const ARR_COLOUR = "#8a3707";
/** Room left beside the longest bar for its share ("100 %"). */
const SHARE_ROOM = "4.5em";

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
  const bar = (value: number, colour: string) => (
    <div className={styles.line}>
      <div
        className={styles.bar}
        style={{ width: `calc((100% - ${SHARE_ROOM}) * ${value.toFixed(4)})`, backgroundColor: colour }}
      />
      <span className={styles.share}>{percent(value)}</span>
    </div>
  );
  return (
    <div role="img" aria-label={fill(t.segmentChart, { details })} className={styles.chart}>
      {tiers.map((tier, i) => (
        <div key={i} className={styles.tier}>
          <span className={styles.text}>{tier.name}</span>
          {bar(share(tier.accounts, accounts), ACCOUNTS_COLOUR)}
          {bar(share(tier.currentArr, arr), ARR_COLOUR)}
        </div>
      ))}
      <div className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: ACCOUNTS_COLOUR }} />
          {t.shareOfAccounts}
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: ARR_COLOUR }} />
          {t.shareOfArr}
        </span>
      </div>
    </div>
  );
}
