import {
  Caption1,
  Field,
  List,
  ListItem,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  moreCsmsThanAccounts,
  REFERENCE_ARR_PER_CSM,
  ROLE_LABELS,
  type SpecialistRole,
} from "../../../functions/segmentation/coverage";
import type { Json, Table } from "../../../notebook/engine/types";
import { SEGMENT_COLUMNS } from "../../../notebook/segmentation/columns";
import {
  convertedPerCsm,
  implausibleNote,
  type CoverageTierInput,
} from "../../../notebook/segmentation/coverage";
import { numberInput } from "./cell-data";
import { NumberField, TextField } from "./fields";
import { fill } from "./notebook-strings";
import { CellFrame, DataTable, FigureList, useStyles, type CellViewProps } from "./parts";
import { numberText, useFormats } from "./view-helpers";

import { isObject, type JsonObject } from "../../../notebook/engine/kind-helpers";

const at = (key: (typeof SEGMENT_COLUMNS.coverage)[number]) => SEGMENT_COLUMNS.coverage.indexOf(key);

/** Whether a row of the coverage table needs more CSMs than its tier has accounts. */
const implausible = (row: readonly unknown[]): boolean =>
  moreCsmsThanAccounts({ accounts: Number(row[at("accounts")]), csmsNeeded: Number(row[at("csmsNeeded")]) });

/**
 * The coverage cell: per tier, what one CSM carries (accounts or ARR) and the engagement model (business
 * reviews per year, touch points); then the CSMs each tier needs and in total, beside the headcount and the
 * public reference (1 CSM per $2M ARR), and the suggested split between generalists and specialists.
 */
export function CoverageCell({ cell, notebook, language, t }: CellViewProps) {
  const styles = useStyles();
  const formats = useFormats(language);
  const { inputs, output } = cell;
  const given = Array.isArray(inputs.tiers) ? (inputs.tiers as readonly Json[]) : [];
  const table = output.kind === "ok" ? (output.values.coverage as Table | undefined) : undefined;
  const rows = table?.rows ?? [];
  const tierName = (row: (typeof rows)[number]) =>
    String(row[at(language === "fr" ? "nameFr" : "nameEn")] ?? "");
  const own = (i: number): CoverageTierInput => {
    const raw = given[i];
    return (isObject(raw) ? raw : {}) as CoverageTierInput;
  };
  /** Sets one field of one tier's model; tiers the list does not reach yet are filled with blanks. */
  const setTier = (i: number, change: Partial<Record<keyof CoverageTierInput, Json>>) => {
    const next: Json[] = Array.from({ length: Math.max(given.length, i + 1) }, (_, j) => given[j] ?? {});
    next[i] = { ...(isObject(next[i]) ? (next[i] as JsonObject) : {}), ...change };
    notebook.setInput(cell.id, "tiers", next);
  };
  const figure = (name: string): number | null => {
    const value = output.kind === "ok" ? output.values[name] : undefined;
    return typeof value === "number" ? value : null;
  };
  const specialists =
    output.kind === "ok" ? ((output.values.specialists as Table | undefined)?.rows ?? []) : [];
  const reference = numberInput(inputs.referenceArrPerCsm) ?? REFERENCE_ARR_PER_CSM;
  const needed = figure("csmsNeeded");
  const atReference = figure("referenceCsms");
  // What the last unit switch did to a tier's figure, said beside it until the next switch.
  const [switched, setSwitched] = useState<{ readonly tier: number; readonly text: string } | undefined>();
  /** Switches a tier's unit, converting its figure so that the tier needs the same CSMs (or clearing it). */
  const switchBasis = (i: number, row: (typeof rows)[number], to: "accounts" | "arr") => {
    const before = numberInput(own(i).perCsm as Json | undefined);
    const accounts = Number(row[at("accounts")] ?? 0);
    const currentArr = Number(row[at("currentArr")] ?? 0);
    const after = convertedPerCsm(before, to, { accounts, currentArr });
    setTier(i, { basis: to, perCsm: after });
    setSwitched(
      before === null
        ? undefined
        : {
            tier: i,
            text:
              after === null
                ? t.basisCleared
                : fill(to === "arr" ? t.basisToArr : t.basisToAccounts, {
                    before: formats.number(before, 1),
                    after: formats.number(after, 1),
                    average: formats.number(currentArr / accounts, 0),
                  }),
          },
    );
  };

  return (
    <CellFrame cell={cell} heading={t.cellCoverage} intro={t.coverageIntro} language={language} t={t}>
      <List className={styles.list}>
        {rows.map((row, i) => {
          const tier = tierName(row);
          const model = own(i);
          const basis = model.basis === "arr" ? "arr" : "accounts";
          const what = basis === "arr" ? t.perCsmArr : t.perCsmAccounts;
          return (
            <ListItem key={i} className={styles.item}>
              <Text weight="semibold">{tier}</Text>
              <div className={styles.grid}>
                <Field label={t.capacityIn}>
                  <Select
                    aria-label={fill(t.capacityInFor, { tier })}
                    value={basis}
                    onChange={(_, data) => switchBasis(i, row, data.value === "arr" ? "arr" : "accounts")}
                  >
                    <option value="accounts">{t.basisAccounts}</option>
                    <option value="arr">{t.basisArr}</option>
                  </Select>
                </Field>
                <NumberField
                  label={what}
                  name={fill(t.perCsmFor, { what, tier })}
                  value={numberInput(model.perCsm as Json | undefined)}
                  language={language}
                  onCommit={(value) => {
                    setSwitched(undefined);
                    setTier(i, { perCsm: value });
                  }}
                />
                <NumberField
                  label={t.reviewsPerYear}
                  name={fill(t.reviewsFor, { tier })}
                  value={numberInput(model.reviewsPerYear as Json | undefined)}
                  language={language}
                  onCommit={(value) => setTier(i, { reviewsPerYear: value })}
                />
                <TextField
                  label={t.touchPoints}
                  name={fill(t.touchPointsFor, { tier })}
                  value={typeof model.touchPoints === "string" ? model.touchPoints : ""}
                  onCommit={(text) => setTier(i, { touchPoints: text.trim() === "" ? null : text.trim() })}
                />
              </div>
              {switched?.tier === i && <Caption1 role="status">{switched.text}</Caption1>}
              {implausible(row) && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    {
                      implausibleNote(i, {
                        name: { en: tier, fr: tier },
                        accounts: Number(row[at("accounts")]),
                        csmsNeeded: Number(row[at("csmsNeeded")]),
                        basis,
                        perCsm: numberInput(row[at("perCsm")] as Json | undefined),
                      })[language]
                    }
                  </MessageBarBody>
                </MessageBar>
              )}
            </ListItem>
          );
        })}
      </List>
      <div className={styles.grid}>
        <NumberField
          label={t.headcount}
          value={numberInput(inputs.headcount)}
          language={language}
          onCommit={(value) => notebook.setInput(cell.id, "headcount", value)}
        />
        <NumberField
          label={t.referenceArr}
          value={numberInput(inputs.referenceArrPerCsm)}
          placeholder={numberText(REFERENCE_ARR_PER_CSM, language)}
          language={language}
          onCommit={(value) => notebook.setInput(cell.id, "referenceArrPerCsm", value)}
        />
      </div>
      {rows.length > 0 && (
        <DataTable
          caption={t.coverageTable}
          columns={[
            { label: t.tier },
            { label: t.accounts, numeric: true },
            { label: t.currentArr, numeric: true },
            { label: t.csmsNeeded, numeric: true },
            { label: t.arrPerCsm, numeric: true },
          ]}
          rows={rows.map((row, i) => ({
            key: String(i),
            cells: [
              tierName(row),
              formats.number(row[at("accounts")] as number, 0),
              formats.number(row[at("currentArr")] as number, 0),
              formats.number(row[at("csmsNeeded")] as number, 2),
              formats.number(row[at("arrPerCsm")] as number | null, 0),
            ],
          }))}
        />
      )}
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.coverageFigures}
      </Subtitle2>
      <FigureList
        t={t}
        label={t.coverageFigures}
        figures={[
          { key: "needed", label: t.csmsNeeded, value: formats.number(needed, 2) },
          { key: "headcount", label: t.headcount, value: formats.number(numberInput(inputs.headcount), 2) },
          { key: "gap", label: t.gap, value: formats.number(figure("csmGap"), 2) },
          {
            key: "reference",
            label: fill(t.atReference, { amount: formats.number(reference, 0) }),
            value: formats.number(atReference, 2),
          },
          {
            key: "difference",
            label: t.difference,
            value: formats.number(needed === null || atReference === null ? null : needed - atReference, 2),
          },
        ]}
      />
      <Subtitle2 as="h4" className={styles.subheading}>
        {t.specialists}
      </Subtitle2>
      <Caption1>{t.specialistsCaption}</Caption1>
      <DataTable
        caption={t.specialists}
        columns={[
          { label: t.role },
          { label: t.shareOfTeam, numeric: true },
          { label: t.people, numeric: true },
        ]}
        rows={specialists.map(([role, share, people]) => ({
          key: String(role),
          cells: [
            ROLE_LABELS[role as SpecialistRole]?.[language] ?? String(role),
            new Intl.NumberFormat(language, { style: "percent" }).format(Number(share)),
            formats.number(people as number, 0),
          ],
        }))}
      />
    </CellFrame>
  );
}
